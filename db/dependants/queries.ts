import { asc, eq } from 'drizzle-orm';
import type { Dependant, DependantRelationship } from '../../main/contract/dependants';
import { markArchived } from '../archive';
import { changedFields, createdFields, recordAudit } from '../audit/record';
import { expectVersion, notFound } from '../errors';
import type { CaseportDb } from '../open';
import { familyDocuments, savePassports, saveStatuses } from '../people/documents';
import { PERSON_FIELDS, type PersonValues, splitPerson, withNameKey } from '../people/person-fields';
import { clients, dependants } from '../schema';
import { reindexPerson } from '../search/index-person';
import type { Writer } from '../writer';

type DependantRow = typeof dependants.$inferSelect;

export interface DependantValues extends PersonValues {
  relationship: DependantRelationship;
  lastVerifiedOn: string | null;
}

const DEPENDANT_FIELDS = [...PERSON_FIELDS, 'relationship', 'lastVerifiedOn'] as const;

function toDependant(row: DependantRow, documents: ReturnType<typeof familyDocuments>): Dependant {
  const { nameKey: _nameKey, ...fields } = row;
  const owner = { clientId: row.clientId, dependantId: row.id };
  return { ...fields, passports: documents.passportsOf(owner), statuses: documents.statusesOf(owner) };
}

export function findDependantRow(db: CaseportDb, id: number): DependantRow | undefined {
  return db.select().from(dependants).where(eq(dependants.id, id)).get();
}

export function loadDependant(db: CaseportDb, id: number): Dependant {
  const row = findDependantRow(db, id);
  if (!row) throw notFound('Dependant', id);
  return toDependant(row, familyDocuments(db, row.clientId));
}

/** A family's dependants in the order they were added (spouse first, as intake enters them). */
export function familyDependants(
  db: CaseportDb,
  clientId: number,
  documents = familyDocuments(db, clientId),
): Dependant[] {
  return db
    .select()
    .from(dependants)
    .where(eq(dependants.clientId, clientId))
    .orderBy(asc(dependants.id))
    .all()
    .map((row) => toDependant(row, documents));
}

export function createDependant(
  db: CaseportDb,
  writer: Writer,
  clientId: number,
  values: DependantValues,
): Dependant {
  if (!db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).get())
    throw notFound('Client', clientId);
  const { columns, passports, statuses } = splitPerson(values);
  const row = db
    .insert(dependants)
    .values({ ...withNameKey(columns), clientId, createdAt: writer.at, updatedAt: writer.at })
    .returning()
    .get();
  recordAudit(db, writer, {
    entity: 'dependant',
    entityId: row.id,
    clientId,
    action: 'create',
    changes: createdFields(row, DEPENDANT_FIELDS),
  });
  const owner = { clientId, dependantId: row.id };
  savePassports(db, writer, owner, passports ?? []);
  saveStatuses(db, writer, owner, statuses ?? []);
  reindexPerson(db, owner);
  return loadDependant(db, row.id);
}

export function updateDependant(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  patch: Partial<DependantValues>,
): Dependant {
  const before = expectVersion(findDependantRow(db, id), 'Dependant', id, version);
  const { columns, passports, statuses } = splitPerson(patch);
  const merged = { ...before, ...columns };
  const changes = changedFields(before, merged, DEPENDANT_FIELDS);
  const owner = { clientId: before.clientId, dependantId: id };
  db.update(dependants)
    .set({ ...withNameKey(merged), id, updatedAt: writer.at, version: version + 1 })
    .where(eq(dependants.id, id))
    .run();
  if (Object.keys(changes).length > 0) {
    recordAudit(db, writer, {
      entity: 'dependant',
      entityId: id,
      clientId: before.clientId,
      action: 'update',
      changes,
    });
  }
  if (passports) savePassports(db, writer, owner, passports);
  if (statuses) saveStatuses(db, writer, owner, statuses);
  reindexPerson(db, owner);
  return loadDependant(db, id);
}

export function archiveDependant(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  reason: string,
): Dependant {
  const before = expectVersion(findDependantRow(db, id), 'Dependant', id, version);
  markArchived(db, writer, dependants, before, { entity: 'dependant', clientId: before.clientId }, reason);
  return loadDependant(db, id);
}
