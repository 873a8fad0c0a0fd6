import type { CaseportDb } from '../open';
import { auditLog } from '../schema';
import type { Writer } from '../writer';

export type AuditAction =
  | 'create'
  | 'update'
  | 'archive'
  | 'unarchive'
  | 'delete'
  | 'status-change'
  | 'state-change'
  // The practice's data replaced by a backup (db/audit/backup-events.ts).
  | 'restore';

export interface AuditEvent {
  entity: string;
  entityId: number;
  clientId: number | null;
  action: AuditAction;
  changes: Record<string, unknown>;
  note?: string;
}

/**
 * Appends one audit row inside the caller's transaction: the change and its record commit
 * together. The database then seals a family's values with the family's key and links the row
 * into the hash chain (trigger in migration 0015, functions in db/audit/seal.ts), so every
 * writer of the trail gets the same protection.
 */
export function recordAudit(db: CaseportDb, writer: Writer, event: AuditEvent): void {
  db.insert(auditLog)
    .values({
      at: writer.at,
      userId: writer.actorId,
      entity: event.entity,
      entityId: event.entityId,
      clientId: event.clientId,
      action: event.action,
      changes: event.changes,
      note: event.note ?? '',
    })
    .run();
}

/** { field: [before, after] } for the fields whose value differs (compared as JSON). */
export function changedFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T)[],
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of fields) {
    const was = before[field];
    const now = after[field];
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[String(field)] = [was ?? null, now ?? null];
  }
  return changes;
}

/** The initial values of a created record, as `{ field: [null, value] }` like any other change. */
export function createdFields<T extends object>(
  record: T,
  fields: readonly (keyof T)[],
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of fields) {
    const value = record[field];
    if (value !== null && value !== '' && !(Array.isArray(value) && value.length === 0))
      changes[String(field)] = [null, value];
  }
  return changes;
}
