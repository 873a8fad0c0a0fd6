import type Database from 'better-sqlite3';
import type { CaseportDb } from './open';

/**
 * The better-sqlite3 connection under a drizzle database or transaction (a transaction shares
 * its database's session). For the few places that need raw prepared statements reused across
 * thousands of rows (bulk writes) or connection state (total_changes, data_version).
 */
export function connectionOf(db: CaseportDb): Database.Database {
  const handle = db as unknown as { $client?: Database.Database; session?: { client?: Database.Database } };
  const connection = handle.$client ?? handle.session?.client;
  if (!connection) throw new Error('No SQLite connection behind this database handle.');
  return connection;
}
