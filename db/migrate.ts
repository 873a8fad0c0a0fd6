import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { type MigrationMeta, readMigrationFiles } from 'drizzle-orm/migrator';
import { DatabaseOpenError } from './errors';

/**
 * Applies drizzle-kit's generated SQL migrations ourselves rather than through drizzle's
 * `migrate()`, because we need three things it does not do:
 *  - refuse a database written by a newer (or different) app version, before any write;
 *  - run table rebuilds with foreign keys off (PRAGMA foreign_keys is a no-op inside a
 *    transaction, so drizzle's own "PRAGMA foreign_keys=OFF" lines do nothing there) and
 *    then prove integrity with foreign_key_check before committing;
 *  - apply every pending migration in ONE transaction: all or nothing.
 */

const LEDGER = 'caseport_migrations';

export interface MigrationPlan {
  known: MigrationMeta[];
  appliedCount: number;
  pending: MigrationMeta[];
}

/** The one place migrations are found: `<app root>/db/migrations`, in dev, preview, tests and the packaged app. */
export function migrationsFolder(appRoot: string): string {
  return path.join(appRoot, 'db', 'migrations');
}

export function readMigrations(folder: string): MigrationMeta[] {
  const journal = path.join(folder, 'meta', '_journal.json');
  if (!fs.existsSync(journal)) {
    // Loud on purpose: a packaged app without its migrations must never open an empty schema.
    throw new DatabaseOpenError(
      'migrations-missing',
      `Caseport's database migrations were not found at ${folder} (no meta/_journal.json). The installation is incomplete.`,
    );
  }
  return readMigrationFiles({ migrationsFolder: folder });
}

interface LedgerRow {
  idx: number;
  hash: string;
}

function readLedger(sqlite: Database.Database): LedgerRow[] {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(LEDGER);
  if (!table) return [];
  return sqlite.prepare(`SELECT idx, hash FROM ${LEDGER} ORDER BY idx`).all() as LedgerRow[];
}

/** Read-only: decides whether this app may open the file, and what it would apply. */
export function planMigrations(sqlite: Database.Database, known: MigrationMeta[]): MigrationPlan {
  const applied = readLedger(sqlite);
  if (applied.length > known.length) {
    throw new DatabaseOpenError(
      'newer-version',
      `This data file was written by a newer version of Caseport (schema ${applied.length}; this version knows ${known.length}).`,
    );
  }
  applied.forEach((row, i) => {
    if (row.idx !== i || row.hash !== known[i]?.hash) {
      throw new DatabaseOpenError(
        'unknown-schema',
        `This data file has a schema step (#${row.idx}) this version of Caseport does not recognise.`,
      );
    }
  });
  return { known, appliedCount: applied.length, pending: known.slice(applied.length) };
}

export function applyMigrations(sqlite: Database.Database, known: MigrationMeta[], now: () => Date): number {
  sqlite.pragma('foreign_keys = OFF');
  try {
    const applyAll = sqlite.transaction(() => {
      sqlite.exec(
        `CREATE TABLE IF NOT EXISTS ${LEDGER} (idx INTEGER PRIMARY KEY, hash TEXT NOT NULL, created_millis INTEGER NOT NULL, applied_at TEXT NOT NULL)`,
      );
      // Re-plan inside the write lock: another process may have migrated meanwhile.
      const { pending, appliedCount } = planMigrations(sqlite, known);
      const record = sqlite.prepare(
        `INSERT INTO ${LEDGER} (idx, hash, created_millis, applied_at) VALUES (?, ?, ?, ?)`,
      );
      pending.forEach((migration, i) => {
        for (const statement of migration.sql) {
          if (statement.trim()) sqlite.exec(statement);
        }
        record.run(appliedCount + i, migration.hash, migration.folderMillis, now().toISOString());
      });
      const broken = sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) {
        throw new DatabaseOpenError(
          'integrity',
          `A schema update would break ${broken.length} link(s) between records; nothing was changed.`,
        );
      }
      return pending.length;
    });
    return applyAll.immediate();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
