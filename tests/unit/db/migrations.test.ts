import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../../db/errors';
import { readMigrations } from '../../../db/migrate';
import { DATABASE_FILE_NAME, type OpenedDatabase, openDatabase } from '../../../db/open';
import { openTestDatabase, realMigrations, steppingClock, tempDir } from '../support/test-database';

const opened: OpenedDatabase[] = [];
function open(dataDir: string, migrationsFolder = realMigrations) {
  const database = openDatabase({ dataDir, migrationsFolder, now: steppingClock() });
  opened.push(database);
  return database;
}
afterEach(() => {
  for (const database of opened.splice(0)) if (database.sqlite.open) database.sqlite.close();
});

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A copy of the real migrations plus one extra step, as a future app version would ship. */
function migrationsWithExtraStep(sql: string): string {
  const folder = path.join(tempDir('caseport-migrations-'), 'migrations');
  fs.cpSync(realMigrations, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number; when: number; tag: string; version: string; breakpoints: boolean }[];
  };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('no migrations');
  const tag = `${String(last.idx + 1).padStart(4, '0')}_test_step`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(folder, `${tag}.sql`), sql);
  return folder;
}

/** The migrations folder as an older app version shipped it: only the first `count` steps. */
function migrationsUpTo(count: number): string {
  const folder = path.join(tempDir('caseport-migrations-'), 'migrations');
  fs.cpSync(realMigrations, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, count);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

function seedClient(sqlite: Database.Database, givenNames: string) {
  sqlite
    .prepare(
      "INSERT INTO clients (given_names, name_key, created_at, updated_at) VALUES (?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
    )
    .run(givenNames, givenNames.toLowerCase());
}

describe('opening the database', () => {
  it('creates and migrates an empty file with durable settings', () => {
    const database = openTestDatabase();
    const { sqlite } = database;
    expect(database.migrationsApplied).toBe(readMigrations(realMigrations).length);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['clients', 'caseport_migrations']));
    expect(database.backupFile).toBeNull();
    sqlite.close();
  });

  it('keeps data across restarts and applies nothing the second time', () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    seedClient(first.sqlite, 'Amara');
    first.sqlite.close();

    const second = open(dataDir);
    expect(second.migrationsApplied).toBe(0);
    expect(second.sqlite.prepare('SELECT given_names FROM clients').pluck().all()).toEqual(['Amara']);
  });

  it('refuses a database written by a newer version without writing a byte', () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    first.sqlite
      .prepare(
        "INSERT INTO caseport_migrations (idx, hash, created_millis, applied_at) VALUES (?, 'future', 0, '2030-01-01')",
      )
      .run(first.schemaVersion);
    first.sqlite.close();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const before = sha256(file);

    const attempt = () => open(dataDir);
    expect(attempt).toThrow(DatabaseOpenError);
    expect(attempt).toThrow(/newer version of Caseport/);
    try {
      attempt();
    } catch (error) {
      expect((error as DatabaseOpenError).kind).toBe('newer-version');
    }
    expect(sha256(file)).toBe(before);
    // A WAL reader may leave SQLite's empty -wal/-shm companions; nothing may be logged into them.
    const wal = `${file}-wal`;
    if (fs.existsSync(wal)) expect(fs.statSync(wal).size).toBe(0);
  });

  it('refuses a database whose applied step this version does not recognise', () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    first.sqlite.prepare("UPDATE caseport_migrations SET hash = 'tampered' WHERE idx = 0").run();
    first.sqlite.close();
    expect(() => open(dataDir)).toThrow(expect.objectContaining({ kind: 'unknown-schema' }));
  });

  it('fails loudly, creating nothing, when the migrations folder is missing', () => {
    const dataDir = path.join(tempDir(), 'data');
    expect(() => open(dataDir, path.join(tempDir(), 'nowhere'))).toThrow(
      expect.objectContaining({ kind: 'migrations-missing' }),
    );
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('upgrades an existing database: rows survive, a backup is taken first, links stay intact', () => {
    const dataDir = tempDir();
    const v1 = open(dataDir);
    seedClient(v1.sqlite, 'Amara');
    seedClient(v1.sqlite, 'Bo');
    v1.sqlite.close();

    const upgraded = open(
      dataDir,
      migrationsWithExtraStep('ALTER TABLE clients ADD COLUMN test_extra_column text;'),
    );
    expect(upgraded.migrationsApplied).toBe(1);
    expect(upgraded.sqlite.prepare('SELECT given_names FROM clients ORDER BY id').pluck().all()).toEqual([
      'Amara',
      'Bo',
    ]);
    expect(upgraded.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(upgraded.backupFile).not.toBeNull();
    const backup = new Database(upgraded.backupFile as string, { readonly: true });
    expect(backup.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);
    backup.close();
  });

  it('applies nothing at all when one pending step fails (one transaction)', () => {
    const dataDir = tempDir();
    const v1 = open(dataDir);
    seedClient(v1.sqlite, 'Amara');
    v1.sqlite.close();

    const broken = migrationsWithExtraStep(
      'ALTER TABLE clients ADD COLUMN test_extra_column text;\n--> statement-breakpoint\nTHIS IS NOT SQL;',
    );
    expect(() => open(dataDir, broken)).toThrow();

    const after = open(dataDir);
    const columns = after.sqlite.prepare("SELECT name FROM pragma_table_info('clients')").pluck().all();
    expect(columns).not.toContain('test_extra_column');
    expect(after.sqlite.prepare('SELECT count(*) FROM caseport_migrations').pluck().get()).toBe(
      after.schemaVersion,
    );
    expect(after.sqlite.prepare('SELECT given_names FROM clients').pluck().all()).toEqual(['Amara']);
  });

  it('carries a populated database from the first release schema to the latest: every row survives', () => {
    const dataDir = tempDir();
    const v0 = open(dataDir, migrationsUpTo(1));
    expect(v0.schemaVersion).toBe(1);
    const insert = v0.sqlite.prepare(
      "INSERT INTO clients (given_names, family_name, name_key, date_of_birth, citizenships, email, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
    );
    const seeded = [
      [
        'Élodie',
        'Núñez',
        'nunez\u0001elodie',
        '1990-02-03',
        '["FR"]',
        'elodie@example.com',
        '+1 416 555 0199',
      ],
      ['Madonna', '', 'madonna\u0001', null, '[]', '', ''],
      ['Amara', 'Okafor', 'okafor\u0001amara', '1988-02-29', '["NG","CA"]', '', ''],
    ];
    for (const row of seeded) insert.run(...row);
    v0.sqlite.close();

    const latest = open(dataDir);
    expect(latest.migrationsApplied).toBe(readMigrations(realMigrations).length - 1);
    const rows = latest.sqlite
      .prepare(
        'SELECT given_names, family_name, name_key, date_of_birth, citizenships, email, phone FROM clients ORDER BY id',
      )
      .raw()
      .all();
    expect(rows).toEqual(seeded);
    expect(latest.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(latest.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // Existing clients are searchable after the upgrade (the search index is built from them).
    const found = latest.sqlite
      .prepare("SELECT rowid FROM people_search WHERE people_search MATCH 'elodie'")
      .pluck()
      .all();
    expect(found).toEqual([2]);
  });
});
