import { desc, eq, sql } from 'drizzle-orm';
import { personDisplayName } from '../../main/contract/people';
import { forgetUnsealedEntries } from '../audit/forget-unsealed';
import { recordAudit } from '../audit/record';
import { notFound, RecordError } from '../errors';
import { dropAllStagedImports } from '../imports/staging';
import type { CaseportDb } from '../open';
import { auditLog, clients, dependants } from '../schema';
import { removePersonFromSearch } from '../search/index-person';
import type { Writer } from '../writer';

/**
 * Permanent deletion of a closed file, only from `keepUntil` (the use case's retention rule:
 * main/clients/retention.ts) and only with the name typed back. Everything of the family goes
 * (foreign keys cascade); the audit trail keeps that it happened, by whom and why, but not the
 * personal data. `today` is the firm's calendar day at `writer.at`.
 */
export function deleteClientAfterRetention(
  db: CaseportDb,
  writer: Writer,
  input: { id: number; reason: string; confirmName: string },
  retention: {
    today: string;
    keepUntil: (closed: { archivedAt: string; retainUntil: string | null }) => string;
  },
): void {
  const row = db.select().from(clients).where(eq(clients.id, input.id)).get();
  if (!row) throw notFound('Client', input.id);
  if (!row.archivedAt) {
    throw new RecordError('retention', 'Only a closed (archived) file can be deleted.');
  }
  // A computer clock set back could make a file look old enough: the newest entry of the audit
  // trail is a time the firm has certainly reached, so "now" may not be earlier than it.
  const newest = db.select({ at: auditLog.at }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();
  if (newest && writer.at < newest.at) {
    throw new RecordError(
      'retention',
      `The computer's clock (${writer.at}) is earlier than the last recorded change (${newest.at}); deletion refused.`,
    );
  }
  const keepUntil = retention.keepUntil({ archivedAt: row.archivedAt, retainUntil: row.retainUntil });
  if (retention.today < keepUntil) {
    throw new RecordError('retention', `This file must be kept until ${keepUntil}.`);
  }
  if (input.confirmName.trim() !== personDisplayName(row)) {
    throw new RecordError('invalid', 'The name typed does not match the file being deleted.', {
      confirmName: 'validation.confirmDeletion',
    });
  }
  const family = db
    .select({ id: dependants.id })
    .from(dependants)
    .where(eq(dependants.clientId, input.id))
    .all();
  // Tokens of deleted rows would otherwise stay in the search index's segments until a merge.
  db.run(sql`INSERT INTO people_search(people_search, rank) VALUES ('secure-delete', 1)`);
  removePersonFromSearch(db, { clientId: input.id, dependantId: null });
  for (const dependant of family)
    removePersonFromSearch(db, { clientId: input.id, dependantId: dependant.id });
  // Entries older than the sealed trail are sealed now with a key nobody keeps.
  forgetUnsealedEntries(db, input.id);
  // A file someone began importing may hold this family's rows.
  dropAllStagedImports(db);
  // The family's audit key goes with it (foreign key cascade): its sealed history becomes unreadable.
  db.delete(clients).where(eq(clients.id, input.id)).run();
  recordAudit(db, writer, {
    entity: 'client',
    entityId: input.id,
    clientId: input.id,
    action: 'delete',
    changes: { archivedAt: [row.archivedAt, null], dependants: [family.length, 0] },
    note: input.reason,
  });
}
