import { and, eq, or } from 'drizzle-orm';
import type { DuplicateMatch } from '../../main/contract/people';
import type { CaseportDb } from '../open';
import { clients, dependants, passports } from '../schema';
import { compactNumber } from '../search/fold';
import { personNameKey } from '../text';

export interface DuplicateProbe {
  givenNames: string;
  familyName: string;
  dateOfBirth: string | null;
  passports: { number: string; issuingCountry: string }[];
  excludeClientId?: number | undefined;
  excludeDependantId?: number | undefined;
}

/**
 * People already on file who look like the one being entered: the same passport (number
 * ignoring spaces/dashes, same issuing country) or the same folded name and date of birth.
 * A warning, not a rule: twins and namesakes exist, so the user may go ahead.
 */
export function findDuplicates(db: CaseportDb, probe: DuplicateProbe): DuplicateMatch[] {
  const matches = new Map<string, DuplicateMatch>();
  const add = (m: DuplicateMatch) => {
    const key = m.dependantId === null ? `c${m.clientId}` : `d${m.dependantId}`;
    const excluded =
      m.dependantId === null
        ? m.clientId === probe.excludeClientId
        : m.dependantId === probe.excludeDependantId;
    if (!excluded && !matches.has(key)) matches.set(key, m);
  };

  const documentKeys = probe.passports
    .map((p) => ({ key: compactNumber(p.number), country: p.issuingCountry }))
    .filter((p) => p.key !== '');
  if (documentKeys.length > 0) {
    const owners = db
      .select({ clientId: passports.clientId, dependantId: passports.dependantId })
      .from(passports)
      .where(
        or(
          ...documentKeys.map((p) =>
            and(eq(passports.numberKey, p.key), eq(passports.issuingCountry, p.country)),
          ),
        ),
      )
      .all();
    for (const owner of owners) {
      const person =
        owner.dependantId === null
          ? db.select().from(clients).where(eq(clients.id, owner.clientId)).get()
          : db.select().from(dependants).where(eq(dependants.id, owner.dependantId)).get();
      if (person)
        add({
          ...pick(person),
          clientId: owner.clientId,
          dependantId: owner.dependantId,
          reason: 'passport',
        });
    }
  }

  if (probe.dateOfBirth && probe.givenNames.trim()) {
    const nameKey = personNameKey(probe.givenNames, probe.familyName);
    for (const row of db
      .select()
      .from(clients)
      .where(and(eq(clients.nameKey, nameKey), eq(clients.dateOfBirth, probe.dateOfBirth)))
      .all()) {
      add({ ...pick(row), clientId: row.id, dependantId: null, reason: 'name-and-birth-date' });
    }
    for (const row of db
      .select()
      .from(dependants)
      .where(and(eq(dependants.nameKey, nameKey), eq(dependants.dateOfBirth, probe.dateOfBirth)))
      .all()) {
      add({ ...pick(row), clientId: row.clientId, dependantId: row.id, reason: 'name-and-birth-date' });
    }
  }
  return [...matches.values()];
}

function pick(person: { givenNames: string; familyName: string; dateOfBirth: string | null }) {
  return { givenNames: person.givenNames, familyName: person.familyName, dateOfBirth: person.dateOfBirth };
}
