import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { registerAuditFunctions } from '../audit/seal';
import type { CaseportDb } from '../open';
import * as schema from '../schema';
import { launchWindows } from '../schema';
import { cacheStatements } from '../statement-cache';

/**
 * A throwaway copy of the firm's database for a launch rehearsal. SQLite's online backup reads
 * the live file page by page without writing to it, so the real data stays byte-for-byte as it
 * was; the copy lives in its own temporary folder on a second connection and is deleted after.
 */
export interface DatabaseCopy {
  db: CaseportDb;
  sqlite: Database.Database;
  folder: string;
  close(): void;
}

function connectionOf(db: CaseportDb): Database.Database {
  const handle = db as unknown as { $client?: Database.Database; session?: { client?: Database.Database } };
  const connection = handle.$client ?? handle.session?.client;
  if (!connection) throw new Error('No SQLite connection behind this database handle.');
  return connection;
}

/**
 * `parent` is a folder inside the firm's data folder (never the system's shared temp folder):
 * the copy is the whole practice, so it gets the data folder's protection (0700) and is
 * deleted with the rehearsal.
 */
export async function copyDatabase(source: CaseportDb, parent: string): Promise<DatabaseCopy> {
  fs.mkdirSync(parent, { recursive: true, mode: 0o700 });
  const folder = fs.mkdtempSync(path.join(parent, 'rehearsal-'));
  const file = path.join(folder, 'rehearsal.sqlite');
  try {
    await connectionOf(source).backup(file);
    // Opened like the app's own connection (db/open.ts): every SQL function the schema's
    // triggers call must be registered on this connection too, or writes to the copy fail.
    const sqlite = cacheStatements(new Database(file));
    registerAuditFunctions(sqlite);
    sqlite.pragma('foreign_keys = ON');
    // Nothing in a rehearsal needs to survive a power cut.
    sqlite.pragma('synchronous = OFF');
    return {
      db: drizzle(sqlite, { schema }),
      sqlite,
      folder,
      close() {
        if (sqlite.open) sqlite.close();
        fs.rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** Moves the copy's opening and closing instants (only the copy's: the real window is never touched). */
export function setWindowInstants(
  db: CaseportDb,
  windowId: number,
  instants: { opensAt: string; closesAt: string | null },
): void {
  db.update(launchWindows).set(instants).where(eq(launchWindows.id, windowId)).run();
}
