import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { applyMigrations, planMigrations, readMigrations } from './migrate';
import * as schema from './schema';
import { cacheStatements } from './statement-cache';

export type CaseportDb = BetterSQLite3Database<typeof schema>;

export interface OpenedDatabase {
  /** drizzle over the connection: what queries use. */
  db: CaseportDb;
  /** The raw connection, for pragmas, backups and closing. */
  sqlite: Database.Database;
  file: string;
  /** Where the pre-migration copy went, when one was made. */
  backupFile: string | null;
  migrationsApplied: number;
  /** Schema steps in the file after opening (= steps this app knows). */
  schemaVersion: number;
}

export interface OpenDatabaseOptions {
  /** The data folder; the database file is `caseport.sqlite` inside it. */
  dataDir: string;
  migrationsFolder: string;
  now?: () => Date;
}

export const DATABASE_FILE_NAME = 'caseport.sqlite';

/**
 * Opens (creating if needed) and migrates the Caseport database. Order matters:
 *  1. compatibility is checked on a READ-ONLY connection, so a file from a newer app
 *     version is refused without a single byte written;
 *  2. the existing data is copied aside before any schema change;
 *  3. all pending migrations run in one transaction.
 */
export function openDatabase({
  dataDir,
  migrationsFolder,
  now = () => new Date(),
}: OpenDatabaseOptions): OpenedDatabase {
  const known = readMigrations(migrationsFolder);
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE_NAME);

  let appliedBefore = 0;
  if (fs.existsSync(file)) {
    const probe = new Database(file, { readonly: true, fileMustExist: true });
    try {
      appliedBefore = planMigrations(probe, known).appliedCount;
    } finally {
      probe.close();
    }
  }

  const sqlite = cacheStatements(new Database(file));
  try {
    sqlite.pragma('journal_mode = WAL');
    // FULL: a committed client record survives a power cut; the cost is negligible at our write rate.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');

    let backupFile: string | null = null;
    if (appliedBefore > 0 && appliedBefore < known.length) {
      backupFile = backupBeforeMigration(sqlite, dataDir, appliedBefore, now());
    }
    const migrationsApplied = applyMigrations(sqlite, known, now);
    refreshPlannerStatistics(sqlite);
    return {
      db: drizzle(sqlite, { schema }),
      sqlite,
      file,
      backupFile,
      migrationsApplied,
      schemaVersion: known.length,
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

function backupBeforeMigration(
  sqlite: Database.Database,
  dataDir: string,
  schemaStep: number,
  at: Date,
): string {
  const folder = path.join(dataDir, 'backups');
  fs.mkdirSync(folder, { recursive: true });
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const target = path.join(folder, `caseport-before-schema-${schemaStep}-${stamp}.sqlite`);
  // VACUUM INTO writes a consistent, compact copy while we hold the connection.
  sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}

/**
 * Gives SQLite's query planner table statistics, as SQLite advises for long-lived connections.
 * Without them it guesses between indexes that start alike and, at 100,000 clients, sorted the
 * name-ordered list in a temporary B-tree (~1 s) instead of reading clients_active_name_idx
 * (~3 ms). Re-analyses only tables that changed a lot; analysis_limit keeps it to ~0.1 s.
 */
export function refreshPlannerStatistics(sqlite: Database.Database): void {
  sqlite.pragma('analysis_limit = 1000');
  sqlite.pragma('optimize = 0x10002');
}

/** Closes a connection the way SQLite recommends: update planner statistics first. */
export function closeDatabase(sqlite: Database.Database): void {
  if (!sqlite.open) return;
  sqlite.pragma('optimize');
  sqlite.close();
}
