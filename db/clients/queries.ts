import { and, asc, count, eq } from 'drizzle-orm';
import type { CaseportDb } from '../open';
import { clients } from '../schema';
import { personNameKey } from '../text';

export type ClientRow = typeof clients.$inferSelect;

export interface ClientValues {
  givenNames: string;
  familyName: string;
  dateOfBirth: string | null;
  citizenships: string[];
  email: string;
  phone: string;
}

export interface ClientListQuery {
  limit: number;
  offset: number;
}

/** One page of clients in name order (served by clients_name_key_idx), plus the total. */
export function listClients(
  db: CaseportDb,
  { limit, offset }: ClientListQuery,
): { rows: ClientRow[]; total: number } {
  const rows = db
    .select()
    .from(clients)
    .orderBy(asc(clients.nameKey), asc(clients.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(clients).get()?.n ?? 0;
  return { rows, total };
}

export function findClient(db: CaseportDb, id: number): ClientRow | undefined {
  return db.select().from(clients).where(eq(clients.id, id)).get();
}

export function insertClient(db: CaseportDb, values: ClientValues, at: Date): ClientRow {
  const stamp = at.toISOString();
  return db
    .insert(clients)
    .values({
      ...values,
      nameKey: personNameKey(values.givenNames, values.familyName),
      createdAt: stamp,
      updatedAt: stamp,
    })
    .returning()
    .get();
}

/**
 * Updates a client only if nobody saved it since the caller loaded it (`expectedVersion`).
 * Returns undefined when the row is missing or the version moved on; the caller tells which.
 */
export function updateClient(
  db: CaseportDb,
  id: number,
  expectedVersion: number,
  values: ClientValues,
  at: Date,
): ClientRow | undefined {
  return db
    .update(clients)
    .set({
      ...values,
      nameKey: personNameKey(values.givenNames, values.familyName),
      updatedAt: at.toISOString(),
      version: expectedVersion + 1,
    })
    .where(and(eq(clients.id, id), eq(clients.version, expectedVersion)))
    .returning()
    .get();
}
