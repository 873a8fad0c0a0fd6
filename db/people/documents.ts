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

/**
 * How one kind of per-person list (passports, statuses) is stored: its table, audit entity,
 * audited fields, and any column derived from the values (a passport's search key).
 */
interface PersonListSpec<Values extends { id?: number | undefined }, Row extends { id: number }> {
  table: typeof passports | typeof immigrationStatuses;
  entity: 'passport' | 'status';
  what: string;
  fields: readonly string[];
  shown: (row: Row) => object;
  derived: (values: Omit<Values, 'id'>) => Record<string, unknown>;
}

/**
 * Saves a person's whole list as the form sent it: rows with an id are updated (audited only
 * when something changed), rows without are added, rows no longer listed are removed — each
 * change audited on its own, all in the caller's transaction.
 */
function savePersonList<Values extends { id?: number | undefined }, Row extends { id: number }>(
  db: CaseportDb,
  writer: Writer,
  owner: PersonRef,
  spec: PersonListSpec<Values, Row>,
  wanted: Values[],
): void {
  const { table } = spec;
  const existing = db.select().from(table).where(ownedBy(table, owner)).all() as unknown as Row[];
  const byId = new Map(existing.map((row) => [row.id, row]));
  const keep = new Set<number>();
  const audit = (
    entityId: number,
    action: 'create' | 'update' | 'delete',
    changes: Record<string, unknown>,
  ) => recordAudit(db, writer, { entity: spec.entity, entityId, clientId: owner.clientId, action, changes });
  for (const values of wanted) {
    const { id, ...fields } = values;
    if (id !== undefined) {
      const row = byId.get(id);
      if (!row) throw notFound(spec.what, id);
      keep.add(id);
      const changes = changedFields(spec.shown(row), { id, ...fields }, spec.fields as never);
      if (Object.keys(changes).length === 0) continue;
      db.update(table)
        .set({ ...fields, ...spec.derived(fields), updatedAt: writer.at } as never)
        .where(eq(table.id, id))
        .run();
      audit(id, 'update', changes);
    } else {
      const row = db
        .insert(table)
        .values({
          ...owner,
          ...fields,
          ...spec.derived(fields),
          createdAt: writer.at,
          updatedAt: writer.at,
        } as never)
        .returning()
        .get() as unknown as Row;
      audit(row.id, 'create', {
        ...createdFields(spec.shown(row), spec.fields as never),
        dependantId: [null, owner.dependantId],
      });
    }
  }
  const removed = existing.filter((row) => !keep.has(row.id));
  if (removed.length === 0) return;
  db.delete(table)
    .where(
      inArray(
        table.id,
        removed.map((r) => r.id),
      ),
    )
    .run();
  for (const row of removed) audit(row.id, 'delete', createdFields(spec.shown(row), spec.fields as never));
}

const PASSPORT_LIST: PersonListSpec<PassportValues, PassportRow> = {
  table: passports,
  entity: 'passport',
  what: 'Passport',
  fields: PASSPORT_FIELDS,
  shown: toPassport,
  // Numbers are found ignoring spaces and dashes (search, duplicates, launch checks).
  derived: (values) => ({ numberKey: compactNumber(values.number) }),
};

const STATUS_LIST: PersonListSpec<StatusValues, StatusRow> = {
  table: immigrationStatuses,
  entity: 'status',
  what: 'Status',
  fields: STATUS_FIELDS,
  shown: toStatus,
  derived: () => ({}),
};

export function savePassports(
  db: CaseportDb,
  writer: Writer,
  owner: PersonRef,
  wanted: PassportValues[],
): void {
  savePersonList(db, writer, owner, PASSPORT_LIST, wanted);
}

export function saveStatuses(db: CaseportDb, writer: Writer, owner: PersonRef, wanted: StatusValues[]): void {
  savePersonList(db, writer, owner, STATUS_LIST, wanted);
}
