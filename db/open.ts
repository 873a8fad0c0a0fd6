import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { verifyAuditChain } from './audit/chain';
import { registerAuditFunctions } from './audit/seal';
import { backUpBeforeMigration } from './backup/before-migration';
import { forgetCleanClose, noteCleanClose, unchangedSinceCleanClose } from './clean-close';
import { DatabaseOpenError } from './errors';
import {
  checkDatabaseFile,
  checkDataFolder,
  classifySqliteError,
  fullCheck,
  openProbe,
  quickCheck,
  restrictPermissions,
} from './file-checks';
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
  /**
   * Set when this open checked the file's pages and walked its change history (a new file, or
   * after a crash or an outside change), with how many audit entries link; null after a clean
   * close, when it skipped both: the data service then checks them in the background
   * (main/support/data-check.ts).
   */
  checkedAtOpen: { auditEntries: number } | null;
}

/** Makes a verified copy of the open database before a schema update; returns its path. */
export type BackupBeforeMigration = (
  sqlite: Database.Database,
  dataDir: string,
  schemaStep: number,
  at: Date,
) => string;

export interface OpenDatabaseOptions {
  /** The data folder; the database file is `caseport.sqlite` inside it. */
  dataDir: string;
  migrationsFolder: string;
  now?: () => Date;
  /** How the copy before a schema update is made (the backup module's verified copy by default). */
  backupBeforeMigration?: BackupBeforeMigration;
  /**
   * The primary data service opened, checked and migrated this file in this session: this
   * second connection (the background worker's) only connects. Checking again would re-read the
   * whole file (quick_check, ~1 s per 300 MB) and the whole audit trail on every first import.
   */
  secondConnection?: boolean;
}

export const DATABASE_FILE_NAME = 'caseport.sqlite';

/**
 * While opening, a lock held by another program is reported at once (with a short grace for a
 * brief write) instead of after the everyday 5-second wait, so the recovery screen appears fast.
 */
const STARTUP_BUSY_MS = 300;
const EVERYDAY_BUSY_MS = 5000;

/**
 * Opens (creating if needed) and migrates the Caseport database. Order matters:
 *  1. the folder and the file are classified with plain reads (missing, folder, empty, garbage,
 *     truncated, read-only), then SQLite checks the file (schema version, quick_check) on a
 *     connection that adds nothing beside it: a refused file stays byte-identical, alone;
 *  2. before a schema change the data is fully checked and copied aside;
 *  3. all pending migrations run in one transaction.
 * A brand-new database is built under a temporary name and renamed into place when complete,
 * so an interrupted first start never leaves a 0-byte `caseport.sqlite` behind.
 */
export function openDatabase({
  dataDir,
  migrationsFolder,
  now = () => new Date(),
  backupBeforeMigration = verifiedBackupBeforeMigration,
  secondConnection = false,
}: OpenDatabaseOptions): OpenedDatabase {
  const known = readMigrations(migrationsFolder);
  if (secondConnection) {
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    return {
      ...connect(file, dataDir),
      backupFile: null,
      migrationsApplied: 0,
      schemaVersion: known.length,
      checkedAtOpen: null,
    };
  }
  const folder = checkDataFolder(dataDir);
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const state = checkDatabaseFile(file, folder.create);

  if (!state.exists) {
    if (folder.create) fs.mkdirSync(dataDir, { mode: 0o700 });
    const migrationsApplied = createDatabase(file, known, now);
    return {
      ...connect(file, dataDir),
      backupFile: null,
      migrationsApplied,
      schemaVersion: known.length,
      checkedAtOpen: { auditEntries: 0 },
    };
  }

  let appliedBefore = state.walInUse ? null : unchangedSinceCleanClose(file);
  let checkedAtOpen: { auditEntries: number } | null = null;
  if (appliedBefore === null || appliedBefore > known.length) {
    const probe = openProbe(file, state, STARTUP_BUSY_MS);
    try {
      appliedBefore = planMigrations(probe.sqlite, known).appliedCount;
      quickCheck(probe.sqlite, file);
      checkedAtOpen = { auditEntries: verifyAuditChain(probe.sqlite, file) };
      probe.sqlite.close();
    } catch (error) {
      probe.sqlite.close();
      // A refused file keeps nothing this check added beside it.
      probe.removeAddedCompanions();
      throw classifySqliteError(error, file) ?? error;
    }
  }
  restrictPermissions(dataDir, [file, `${file}-wal`, `${file}-shm`]);
  const opened = connect(file, dataDir);
  // From here on the file changes: the next start must not trust the last clean close.
  forgetCleanClose(dataDir);
  try {
    let backupFile: string | null = null;
    let migrationsApplied = 0;
    if (appliedBefore < known.length) {
      fullCheck(opened.sqlite, file);
      backupFile = backupBeforeMigration(opened.sqlite, dataDir, appliedBefore, now());
      migrationsApplied = applyMigrations(opened.sqlite, known, now);
    }
    refreshPlannerStatistics(opened.sqlite);
    return { ...opened, backupFile, migrationsApplied, schemaVersion: known.length, checkedAtOpen };
  } catch (error) {
    opened.sqlite.close();
    throw classifySqliteError(error, file) ?? error;
  }
}

/** The everyday connection, with its durability and privacy settings; fails fast when locked. */
function connect(file: string, dataDir: string): { db: CaseportDb; sqlite: Database.Database; file: string } {
  let sqlite: Database.Database;
  try {
    sqlite = cacheStatements(new Database(file, { fileMustExist: true, timeout: STARTUP_BUSY_MS }));
  } catch (error) {
    throw classifySqliteError(error, file) ?? error;
  }
  registerAuditFunctions(sqlite);
  try {
    sqlite.pragma('journal_mode = WAL');
    // FULL: a committed client record survives a power cut; the cost is negligible at our write rate.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    // 64 MB of page cache instead of SQLite's 2 MB: at 100,000 clients the file is ~1.5 GB (issue 16).
    sqlite.pragma('cache_size = -65536');
    // Deleted records are overwritten, not left in free pages where a file viewer could read them.
    sqlite.pragma('secure_delete = ON');
    // Take and release the write lock once: another program holding it is reported now, not at
    // the user's first save five seconds later.
    sqlite.exec('BEGIN IMMEDIATE; ROLLBACK;');
    sqlite.pragma(`busy_timeout = ${EVERYDAY_BUSY_MS}`);
    // The -wal/-shm companions take the file's mode, but an existing pair keeps its old one.
    restrictPermissions(dataDir, [file, `${file}-wal`, `${file}-shm`]);
  } catch (error) {
    sqlite.close();
    throw classifySqliteError(error, file) ?? error;
  }
  return { db: drizzle(sqlite, { schema }), sqlite, file };
}

/** Builds the schema in `<file>.new`, then renames it into place: all or nothing. */
function createDatabase(file: string, known: ReturnType<typeof readMigrations>, now: () => Date): number {
  const building = `${file}.new`;
  for (const leftover of [building, `${building}-wal`, `${building}-shm`, `${building}-journal`]) {
    fs.rmSync(leftover, { force: true });
  }
  // Created 0600 before SQLite opens it, so no other account can ever read it.
  fs.closeSync(fs.openSync(building, 'wx', 0o600));
  const sqlite = new Database(building, { fileMustExist: true });
  registerAuditFunctions(sqlite);
  let applied: number;
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('secure_delete = ON');
    applied = applyMigrations(sqlite, known, now);
    // Fold the WAL into the file so the rename moves everything.
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    sqlite.close();
    fs.rmSync(building, { force: true });
    throw classifySqliteError(error, file) ?? error;
  }
  sqlite.close();
  fs.renameSync(building, file);
  return applied;
}

/**
 * The copy before a schema change: a verified backup in the firm's backup folder (encrypted when
 * a passphrase is set), listed and restorable like any other, and pruned by the same rotation.
 */
function verifiedBackupBeforeMigration(
  sqlite: Database.Database,
  dataDir: string,
  _schemaStep: number,
  at: Date,
): string {
  // The chosen folder, or the data folder's own when that drive is not there (never blocks start-up).
  const { manifest, file } = backUpBeforeMigration(sqlite, dataDir, at);
  if (!manifest.verification.ok) {
    throw new DatabaseOpenError(
      'damaged',
      `The copy made before updating the data file did not verify (${manifest.verification.detail}); nothing was changed.`,
    );
  }
  return file;
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

/**
 * Closes a connection the way SQLite recommends: update planner statistics first. The last
 * connection to close leaves a clean-close note, so the next start can skip the full-file check,
 * unless `trustNextStart` is false (the session found the file altered outside Caseport: the
 * next start must check it in full and refuse it).
 */
export function closeDatabase(sqlite: Database.Database, { trustNextStart = true } = {}): void {
  if (!sqlite.open) return;
  sqlite.pragma('optimize');
  const file = sqlite.name;
  const schemaSteps = readSchemaSteps(sqlite);
  sqlite.close();
  if (!trustNextStart) {
    if (path.isAbsolute(file)) forgetCleanClose(path.dirname(file));
    return;
  }
  if (schemaSteps !== null && path.isAbsolute(file)) noteCleanClose(file, schemaSteps);
}

function readSchemaSteps(sqlite: Database.Database): number | null {
  try {
    return sqlite.prepare('SELECT count(*) FROM caseport_migrations').pluck().get() as number;
  } catch {
    return null;
  }
}

/** The raw connection behind a drizzle handle (drizzle keeps it as `$client`), for backups. */
export function connectionOf(db: CaseportDb): Database.Database {
  return (db as CaseportDb & { $client: Database.Database }).$client;
}
