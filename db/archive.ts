import { eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { changedFields, recordAudit } from './audit/record';
import type { CaseportDb } from './open';
import type { Writer } from './writer';

/** A table with the archive columns (db/schema/columns.ts archiveColumns + recordStamps). */
type ArchivableTable = SQLiteTable & {
  id: SQLiteColumn;
  archivedAt: SQLiteColumn;
  archiveReason: SQLiteColumn;
  updatedAt: SQLiteColumn;
  version: SQLiteColumn;
};

interface ArchivableRow {
  id: number;
  version: number;
  archivedAt: string | null;
  archiveReason: string;
}

/**
 * Archiving never deletes: it stamps archived_at (keeping the first stamp when archived again),
 * keeps the reason, bumps the version and writes the audit entry, all in the caller's
 * transaction. One implementation for applications, dependants and launch windows.
 */
export function markArchived(
  db: CaseportDb,
  writer: Writer,
  table: ArchivableTable,
  before: ArchivableRow,
  audit: { entity: string; clientId: number | null },
  reason: string,
): void {
  const archivedAt = before.archivedAt ?? writer.at;
  db.update(table)
    .set({ archivedAt, archiveReason: reason, updatedAt: writer.at, version: before.version + 1 } as never)
    .where(eq(table.id, before.id))
    .run();
  recordAudit(db, writer, {
    entity: audit.entity,
    entityId: before.id,
    clientId: audit.clientId,
    action: 'archive',
    changes: changedFields(before, { ...before, archivedAt, archiveReason: reason }, [
      'archivedAt',
      'archiveReason',
    ]),
    note: reason,
  });
}
