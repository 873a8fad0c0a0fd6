import { and, eq, inArray } from 'drizzle-orm';
import type { ImportRowDuplicate } from '../../main/contract/imports';
import type { CaseportDb } from '../open';
import { clients, dependants, importRows, passports } from '../schema';

/**
 * Duplicate checks for a whole batch of rows at once: the same rules as findDuplicates (same
 * passport number ignoring spaces and dashes with the same issuing country, or the same folded
 * name and date of birth), but a few queries per 1,000 rows instead of a few per row.
 */
export interface DuplicateProbeKeys {
  /** `NUMBER|CC` or ''. */
  passportKey: string;
  /** `namekey|YYYY-MM-DD` or ''. */
  nameBirthKey: string;
}

type Match = ImportRowDuplicate['matches'][number];

const CHUNK = 500;
function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
}

function person(row: { givenNames: string; familyName: string; dateOfBirth: string | null }) {
  return { givenNames: row.givenNames, familyName: row.familyName, dateOfBirth: row.dateOfBirth };
}

/** People on file matching any probe, by probe key. */
export function onFileMatches(db: CaseportDb, probes: readonly DuplicateProbeKeys[]): Map<string, Match[]> {
  const found = new Map<string, Match[]>();
  const add = (key: string, match: Match) => {
    const list = found.get(key) ?? [];
    if (!list.some((m) => m.clientId === match.clientId && m.dependantId === match.dependantId))
      list.push(match);
    found.set(key, list);
  };
  const numbers = [...new Set(probes.map((p) => p.passportKey.split('|')[0] ?? '').filter(Boolean))];
  for (const part of chunks(numbers)) {
    const owners = db
      .select({
        numberKey: passports.numberKey,
        issuingCountry: passports.issuingCountry,
        clientId: passports.clientId,
        dependantId: passports.dependantId,
      })
      .from(passports)
      .where(inArray(passports.numberKey, part))
      .all();
    for (const owner of owners) {
      const who =
        owner.dependantId === null
          ? db.select().from(clients).where(eq(clients.id, owner.clientId)).get()
          : db.select().from(dependants).where(eq(dependants.id, owner.dependantId)).get();
      if (who)
        add(`${owner.numberKey}|${owner.issuingCountry}`, {
          ...person(who),
          clientId: owner.clientId,
          dependantId: owner.dependantId,
          rowNumber: null,
          reason: 'passport',
        });
    }
  }
  const names = [...new Set(probes.map((p) => p.nameBirthKey.split('|')[0] ?? '').filter(Boolean))];
  for (const part of chunks(names)) {
    for (const row of db.select().from(clients).where(inArray(clients.nameKey, part)).all())
      if (row.dateOfBirth)
        add(`${row.nameKey}|${row.dateOfBirth}`, {
          ...person(row),
          clientId: row.id,
          dependantId: null,
          rowNumber: null,
          reason: 'name-and-birth-date',
        });
    for (const row of db.select().from(dependants).where(inArray(dependants.nameKey, part)).all())
      if (row.dateOfBirth)
        add(`${row.nameKey}|${row.dateOfBirth}`, {
          ...person(row),
          clientId: row.clientId,
          dependantId: row.id,
          rowNumber: null,
          reason: 'name-and-birth-date',
        });
  }
  return found;
}

/** The first staged row of this import holding each key (rows staged by earlier batches). */
export function stagedKeyOwners(db: CaseportDb, batchId: number, probes: readonly DuplicateProbeKeys[]) {
  const first = new Map<string, { rowNumber: number; person: Record<string, unknown> | null }>();
  const lookups = [
    [importRows.passportKey, probes.map((p) => p.passportKey)],
    [importRows.nameBirthKey, probes.map((p) => p.nameBirthKey)],
  ] as const;
  for (const [column, keys] of lookups) {
    for (const part of chunks([...new Set(keys.filter(Boolean))])) {
      const rows = db
        .select({
          passportKey: importRows.passportKey,
          nameBirthKey: importRows.nameBirthKey,
          rowNumber: importRows.rowNumber,
          person: importRows.person,
        })
        .from(importRows)
        .where(and(eq(importRows.batchId, batchId), inArray(column, part)))
        .all();
      for (const row of rows) {
        const key = column === importRows.passportKey ? `p:${row.passportKey}` : `n:${row.nameBirthKey}`;
        const known = first.get(key);
        if (!known || known.rowNumber > row.rowNumber)
          first.set(key, { rowNumber: row.rowNumber, person: row.person });
      }
    }
  }
  return first;
}
