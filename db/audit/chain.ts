import type Database from 'better-sqlite3';
import { DatabaseOpenError } from '../errors';
import { chainLink } from './seal';

interface StoredRow {
  id: number;
  at: string;
  user_id: number | null;
  entity: string;
  entity_id: number;
  client_id: number | null;
  action: string;
  changes: string;
  note: string;
  chain: string;
}

/**
 * Walks the audit trail's hash chain. Rows written before the chain existed (chain '') may only
 * come first; after them every row must link to the one before. A row edited, removed or slipped
 * in with a database tool breaks the link at that point. Run on a read-only connection.
 */
export function verifyAuditChain(sqlite: Database.Database, file: string): void {
  const columns = sqlite.prepare("SELECT name FROM pragma_table_info('audit_log')").pluck().all() as string[];
  if (!columns.includes('chain')) return; // a file from before the chain: its migration adds it
  let previous = '';
  let chained = false;
  const rows = sqlite
    .prepare(
      'SELECT id, at, user_id, entity, entity_id, client_id, action, changes, note, chain FROM audit_log ORDER BY id',
    )
    .iterate() as IterableIterator<StoredRow>;
  for (const row of rows) {
    if (row.chain === '') {
      if (chained) throw tampered(file, row.id);
      continue;
    }
    chained = true;
    const expected = chainLink(previous, {
      at: row.at,
      userId: row.user_id,
      entity: row.entity,
      entityId: row.entity_id,
      clientId: row.client_id,
      action: row.action,
      changes: row.changes,
      note: row.note,
    });
    if (expected !== row.chain) throw tampered(file, row.id);
    previous = row.chain;
  }
}

function tampered(file: string, id: number): DatabaseOpenError {
  return new DatabaseOpenError(
    'audit-tampered',
    `The change history in ${file} was altered outside Caseport (at entry ${id}); nothing was changed.`,
  );
}
