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
 * Walks the audit trail's hash chain: `brokenAt` is the id of the first entry that does not
 * link (null when the whole trail links), `entries` how many were read. Rows written before the chain existed (chain '') may only
 * come first; after them every row must link to the one before. A row edited, removed or slipped
 * in with a database tool breaks the link at that point. Reads only: safe on a read-only
 * connection and on a backup copy.
 */
export function findAuditChainBreak(sqlite: Database.Database): { brokenAt: number | null; entries: number } {
  const columns = sqlite.prepare("SELECT name FROM pragma_table_info('audit_log')").pluck().all() as string[];
  // A file from before the chain: its migration adds it.
  if (!columns.includes('chain')) return { brokenAt: null, entries: 0 };
  let previous = '';
  let entries = 0;
  let chained = false;
  const rows = sqlite
    .prepare(
      'SELECT id, at, user_id, entity, entity_id, client_id, action, changes, note, chain FROM audit_log ORDER BY id',
    )
    .iterate() as IterableIterator<StoredRow>;
  for (const row of rows) {
    entries += 1;
    if (row.chain === '') {
      if (chained) return { brokenAt: row.id, entries };
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
    if (expected !== row.chain) return { brokenAt: row.id, entries };
    previous = row.chain;
  }
  return { brokenAt: null, entries };
}

/**
 * The start-up form: refuses the file when its change history was altered outside Caseport;
 * returns how many entries were checked.
 */
export function verifyAuditChain(sqlite: Database.Database, file: string): number {
  const { brokenAt, entries } = findAuditChainBreak(sqlite);
  if (brokenAt !== null) throw tampered(file, brokenAt);
  return entries;
}

function tampered(file: string, id: number): DatabaseOpenError {
  return new DatabaseOpenError(
    'audit-tampered',
    `The change history in ${file} was altered outside Caseport (at entry ${id}); nothing was changed.`,
  );
}
