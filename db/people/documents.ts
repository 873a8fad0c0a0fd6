import { asc, eq, inArray } from 'drizzle-orm';
import type { ImmigrationStatus, Passport } from '../../main/contract/people';
import { changedFields, createdFields, recordAudit } from '../audit/record';
import { notFound } from '../errors';
import type { CaseportDb } from '../open';
import { immigrationStatuses, passports } from '../schema';
import { compactNumber } from '../search/fold';
import type { Writer } from '../writer';
import { ownedBy, type PersonRef, personKey } from './owner';

/**
 * Passports and immigration statuses of a person. Saved as a whole list from a form: rows with
 * an id are updated, rows without are added, rows no longer listed are removed — each change
 * audited on its own.
 */

export interface PassportValues {
  id?: number | undefined;
  number: string;
  issuingCountry: string;
  issuedOn: string | null;
  expiresOn: string | null;
}

export interface StatusValues {
  id?: number | undefined;
  country: string;
  statusType: string;
  validFrom: string | null;
  validTo: string | null;
  documentNumber: string;
  notes: string;
}

const PASSPORT_FIELDS = ['number', 'issuingCountry', 'issuedOn', 'expiresOn'] as const;
const STATUS_FIELDS = ['country', 'statusType', 'validFrom', 'validTo', 'documentNumber', 'notes'] as const;

type PassportRow = typeof passports.$inferSelect;
type StatusRow = typeof immigrationStatuses.$inferSelect;

export function toPassport(row: PassportRow): Passport {
  return {
    id: row.id,
    number: row.number,
    issuingCountry: row.issuingCountry,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
  };
}

export function toStatus(row: StatusRow): ImmigrationStatus {
  return {
    id: row.id,
    country: row.country,
    statusType: row.statusType,
    validFrom: row.validFrom,
    validTo: row.validTo,
    documentNumber: row.documentNumber,
    notes: row.notes,
  };
}

/** All passports and statuses of one family, grouped by person (one query each). */
export function familyDocuments(db: CaseportDb, clientId: number) {
  const byPerson = <T>(rows: (T & { dependantId: number | null })[], map: (row: T) => unknown) => {
    const grouped = new Map<string, unknown[]>();
    for (const row of rows) {
      const key = personKey({ clientId, dependantId: row.dependantId });
      grouped.set(key, [...(grouped.get(key) ?? []), map(row)]);
    }
    return grouped;
  };
  const passportRows = db
    .select()
    .from(passports)
    .where(eq(passports.clientId, clientId))
    .orderBy(asc(passports.id))
    .all();
  const statusRows = db
    .select()
    .from(immigrationStatuses)
    .where(eq(immigrationStatuses.clientId, clientId))
    .orderBy(asc(immigrationStatuses.id))
    .all();
  const passportMap = byPerson(passportRows, toPassport) as Map<string, Passport[]>;
  const statusMap = byPerson(statusRows, toStatus) as Map<string, ImmigrationStatus[]>;
  return {
    passportsOf: (owner: PersonRef) => passportMap.get(personKey(owner)) ?? [],
    statusesOf: (owner: PersonRef) => statusMap.get(personKey(owner)) ?? [],
  };
}

export function savePassports(
  db: CaseportDb,
  writer: Writer,
  owner: PersonRef,
  wanted: PassportValues[],
): void {
  const existing = db.select().from(passports).where(ownedBy(passports, owner)).all();
  const byId = new Map(existing.map((row) => [row.id, row]));
  const keep = new Set<number>();
  for (const values of wanted) {
    const { id, ...fields } = values;
    if (id !== undefined) {
      const row = byId.get(id);
      if (!row) throw notFound('Passport', id);
      keep.add(id);
      const changes = changedFields(toPassport(row), { id, ...fields }, PASSPORT_FIELDS);
      if (Object.keys(changes).length === 0) continue;
      db.update(passports)
        .set({ ...fields, numberKey: compactNumber(fields.number), updatedAt: writer.at })
        .where(eq(passports.id, id))
        .run();
      recordAudit(db, writer, {
        entity: 'passport',
        entityId: id,
        clientId: owner.clientId,
        action: 'update',
        changes,
      });
    } else {
      const row = db
        .insert(passports)
        .values({
          ...owner,
          ...fields,
          numberKey: compactNumber(fields.number),
          createdAt: writer.at,
          updatedAt: writer.at,
        })
        .returning()
        .get();
      recordAudit(db, writer, {
        entity: 'passport',
        entityId: row.id,
        clientId: owner.clientId,
        action: 'create',
        changes: {
          ...createdFields(toPassport(row), PASSPORT_FIELDS),
          dependantId: [null, owner.dependantId],
        },
      });
    }
  }
  const removed = existing.filter((row) => !keep.has(row.id));
  if (removed.length > 0) {
    db.delete(passports)
      .where(
        inArray(
          passports.id,
          removed.map((r) => r.id),
        ),
      )
      .run();
    for (const row of removed) {
      recordAudit(db, writer, {
        entity: 'passport',
        entityId: row.id,
        clientId: owner.clientId,
        action: 'delete',
        changes: createdFields(toPassport(row), PASSPORT_FIELDS),
      });
    }
  }
}

export function saveStatuses(db: CaseportDb, writer: Writer, owner: PersonRef, wanted: StatusValues[]): void {
  const existing = db.select().from(immigrationStatuses).where(ownedBy(immigrationStatuses, owner)).all();
  const byId = new Map(existing.map((row) => [row.id, row]));
  const keep = new Set<number>();
  for (const values of wanted) {
    const { id, ...fields } = values;
    if (id !== undefined) {
      const row = byId.get(id);
      if (!row) throw notFound('Status', id);
      keep.add(id);
      const changes = changedFields(toStatus(row), { id, ...fields }, STATUS_FIELDS);
      if (Object.keys(changes).length === 0) continue;
      db.update(immigrationStatuses)
        .set({ ...fields, updatedAt: writer.at })
        .where(eq(immigrationStatuses.id, id))
        .run();
      recordAudit(db, writer, {
        entity: 'status',
        entityId: id,
        clientId: owner.clientId,
        action: 'update',
        changes,
      });
    } else {
      const row = db
        .insert(immigrationStatuses)
        .values({ ...owner, ...fields, createdAt: writer.at, updatedAt: writer.at })
        .returning()
        .get();
      recordAudit(db, writer, {
        entity: 'status',
        entityId: row.id,
        clientId: owner.clientId,
        action: 'create',
        changes: { ...createdFields(toStatus(row), STATUS_FIELDS), dependantId: [null, owner.dependantId] },
      });
    }
  }
  for (const row of existing.filter((r) => !keep.has(r.id))) {
    db.delete(immigrationStatuses).where(eq(immigrationStatuses.id, row.id)).run();
    recordAudit(db, writer, {
      entity: 'status',
      entityId: row.id,
      clientId: owner.clientId,
      action: 'delete',
      changes: createdFields(toStatus(row), STATUS_FIELDS),
    });
  }
}
