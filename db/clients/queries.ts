import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Client, ClientListItem, ClientPage } from '../../main/contract/clients';
import { changedFields, createdFields, recordAudit } from '../audit/record';
import { unchangedCount } from '../count-cache';
import { expectVersion, notFound } from '../errors';
import type { CaseportDb } from '../open';
import { familyDocuments, savePassports, saveStatuses } from '../people/documents';
import { PERSON_FIELDS, type PersonValues, splitPerson, withNameKey } from '../people/person-fields';
import { applications, clients, deadlines, dependants } from '../schema';
import { reindexPerson } from '../search/index-person';
import { nameMatchExpression } from '../search/queries';
import type { Writer } from '../writer';

type ClientRow = typeof clients.$inferSelect;

export interface ClientValues extends PersonValues {
  responsibleUserId: number | null;
}

const CLIENT_FIELDS = [...PERSON_FIELDS, 'responsibleUserId'] as const;

function toClient(db: CaseportDb, row: ClientRow): Client {
  const documents = familyDocuments(db, row.id);
  const { nameKey: _nameKey, ...fields } = row;
  const owner = { clientId: row.id, dependantId: null };
  return { ...fields, passports: documents.passportsOf(owner), statuses: documents.statusesOf(owner) };
}

export function findClientRow(db: CaseportDb, id: number): ClientRow | undefined {
  return db.select().from(clients).where(eq(clients.id, id)).get();
}

export function loadClient(db: CaseportDb, id: number): Client {
  const row = findClientRow(db, id);
  if (!row) throw notFound('Client', id);
  return toClient(db, row);
}

export function createClient(db: CaseportDb, writer: Writer, values: ClientValues): Client {
  const { columns, passports, statuses } = splitPerson(values);
  const row = db
    .insert(clients)
    .values({ ...withNameKey(columns), createdAt: writer.at, updatedAt: writer.at })
    .returning()
    .get();
  recordAudit(db, writer, {
    entity: 'client',
    entityId: row.id,
    clientId: row.id,
    action: 'create',
    changes: createdFields(row, CLIENT_FIELDS),
  });
  const owner = { clientId: row.id, dependantId: null };
  savePassports(db, writer, owner, passports ?? []);
  saveStatuses(db, writer, owner, statuses ?? []);
  reindexPerson(db, owner);
  return toClient(db, row);
}

/** Applies only the fields given; lists (passports, statuses) are replaced when given. */
export function updateClient(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  patch: Partial<ClientValues>,
): Client {
  const before = expectVersion(findClientRow(db, id), 'Client', id, version);
  const { columns, passports, statuses } = splitPerson(patch);
  const merged = { ...before, ...columns };
  const changes = changedFields(before, merged, CLIENT_FIELDS);
  const owner = { clientId: id, dependantId: null };
  db.update(clients)
    .set({ ...withNameKey(merged), id, updatedAt: writer.at, version: version + 1 })
    .where(eq(clients.id, id))
    .run();
  if (Object.keys(changes).length > 0) {
    recordAudit(db, writer, { entity: 'client', entityId: id, clientId: id, action: 'update', changes });
  }
  if (passports) savePassports(db, writer, owner, passports);
  if (statuses) saveStatuses(db, writer, owner, statuses);
  reindexPerson(db, owner);
  return loadClient(db, id);
}

/**
 * Closing a file: never deletes; the reason is kept and audited, with the retain-until date the
 * use case fixed for it. Reopening (null) clears both.
 */
export function setClientArchived(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  archive: { reason: string; retainUntil: string } | null,
): Client {
  const before = expectVersion(findClientRow(db, id), 'Client', id, version);
  const archivedAt = archive ? (before.archivedAt ?? writer.at) : null;
  const archiveReason = archive ? archive.reason : '';
  const retainUntil = archive ? (before.retainUntil ?? archive.retainUntil) : null;
  db.update(clients)
    .set({ archivedAt, archiveReason, retainUntil, updatedAt: writer.at, version: version + 1 })
    .where(eq(clients.id, id))
    .run();
  recordAudit(db, writer, {
    entity: 'client',
    entityId: id,
    clientId: id,
    action: archive ? 'archive' : 'unarchive',
    changes: changedFields(before, { ...before, archivedAt, archiveReason, retainUntil }, [
      'archivedAt',
      'archiveReason',
      'retainUntil',
    ]),
    note: archiveReason,
  });
  return loadClient(db, id);
}

/** Earliest open deadline of the family: recomputed on every deadline write (see db/deadlines). */
export function refreshNextDeadline(db: CaseportDb, clientId: number): void {
  db.update(clients)
    .set({
      nextDeadlineOn: sql`(SELECT min(${deadlines.dueOn}) FROM ${deadlines} WHERE ${deadlines.clientId} = ${clientId} AND ${deadlines.completedAt} IS NULL AND ${deadlines.dismissedAt} IS NULL)`,
    })
    .where(eq(clients.id, clientId))
    .run();
}

export interface ClientListQuery {
  limit: number;
  offset: number;
  sort: 'name' | 'next-deadline' | 'updated';
  direction: 'asc' | 'desc';
  filters: {
    stage?: string | undefined;
    jurisdiction?: string | undefined;
    governmentStatus?: string | undefined;
    responsibleUserId?: number | undefined;
    hasOverdue?: boolean | undefined;
    /** Any name in the family, folded and transliterated like search ("muller" finds Müller). */
    name?: string | undefined;
    archived: 'exclude' | 'only' | 'include';
  };
  /** Today in the firm's time zone, for "has overdue". */
  today: string;
}

/**
 * The WHERE clause of the client list; each filter is answered by an index (see tests).
 * Application filters: a page walks clients in list order and asks EXISTS of each, stopping at
 * the page (1.2 ms at 100k); the count drives from the matching applications instead (IN), so
 * neither builds and sorts the whole match set (the page's IN did: 63 ms for "submitted").
 */
export function clientListFilter(
  { filters, today }: Pick<ClientListQuery, 'filters' | 'today'>,
  applicationMatch: 'exists' | 'in' = 'exists',
): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.archived === 'exclude') conditions.push(isNull(clients.archivedAt));
  if (filters.archived === 'only') conditions.push(isNotNull(clients.archivedAt));
  if (filters.responsibleUserId !== undefined)
    conditions.push(eq(clients.responsibleUserId, filters.responsibleUserId));
  if (filters.hasOverdue) {
    // The IS NULL term is implied by the comparison, but spelled out it lets SQLite use
    // clients_active_deadline_idx for a range read instead of visiting every open file.
    conditions.push(sql`(${clients.nextDeadlineOn} IS NULL) = 0`, lt(clients.nextDeadlineOn, today));
  }
  const applicationConditions: SQL[] = [isNull(applications.archivedAt)];
  if (filters.stage) applicationConditions.push(eq(applications.stage, filters.stage as 'intake'));
  if (filters.jurisdiction)
    applicationConditions.push(eq(applications.jurisdiction, filters.jurisdiction as 'CA'));
  if (filters.governmentStatus?.trim())
    // The vocabulary's wording, whatever the case or spacing it was typed in ("case was received").
    applicationConditions.push(
      sql`lower(trim(${applications.governmentStatus})) = ${filters.governmentStatus.trim().toLowerCase()}`,
    );
  const names = filters.name ? nameMatchExpression(filters.name) : null;
  if (names) {
    // Families with someone of that name: principals are even search rows, dependants odd.
    conditions.push(
      inArray(
        clients.id,
        sql`(SELECT CASE WHEN rowid % 2 = 0 THEN rowid / 2 ELSE (SELECT ${dependants.clientId} FROM ${dependants} WHERE ${dependants.id} = (people_search.rowid - 1) / 2) END FROM people_search WHERE people_search MATCH ${names})`,
      ),
    );
  }
  if (applicationConditions.length > 1) {
    const matching = and(...applicationConditions);
    conditions.push(
      applicationMatch === 'exists'
        ? // Qualified by hand, as below: a bare "id" inside the subquery would be applications.id.
          sql`EXISTS (SELECT 1 FROM ${applications} WHERE ${applications.clientId} = ${sql.identifier('clients')}.${sql.identifier('id')} AND ${matching})`
        : inArray(clients.id, sql`(SELECT ${applications.clientId} FROM ${applications} WHERE ${matching})`),
    );
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export function listClients(db: CaseportDb, query: ClientListQuery): ClientPage {
  const where = clientListFilter(query);
  const order = query.direction === 'asc' ? asc : desc;
  const orderBy =
    query.sort === 'next-deadline'
      ? // Families without an open deadline sort last in either direction.
        [sql`${clients.nextDeadlineOn} IS NULL`, order(clients.nextDeadlineOn), asc(clients.nameKey)]
      : query.sort === 'updated'
        ? [order(clients.updatedAt), asc(clients.id)]
        : [order(clients.nameKey), order(clients.id)];
  const rows = db
    .select({
      id: clients.id,
      givenNames: clients.givenNames,
      familyName: clients.familyName,
      preferredName: clients.preferredName,
      dateOfBirth: clients.dateOfBirth,
      citizenships: clients.citizenships,
      email: clients.email,
      phone: clients.phone,
      responsibleUserId: clients.responsibleUserId,
      nextDeadlineOn: clients.nextDeadlineOn,
      archivedAt: clients.archivedAt,
      // Qualified by hand: inside the subquery drizzle would print clients.id as a bare "id",
      // which SQLite would read as dependants.id.
      dependantCount: sql<number>`(SELECT count(*) FROM ${dependants} WHERE ${dependants.clientId} = ${sql.identifier('clients')}.${sql.identifier('id')} AND ${dependants.archivedAt} IS NULL)`,
    })
    .from(clients)
    .where(where)
    .orderBy(...orderBy)
    .limit(query.limit)
    .offset(query.offset)
    .all();
  const total = unchangedCount(db, `clients:${JSON.stringify([query.filters, query.today])}`, () => {
    const matching = clientListFilter(query, 'in');
    return db.select({ n: count() }).from(clients).where(matching).get()?.n ?? 0;
  });
  return { items: rows satisfies ClientListItem[], total };
}
