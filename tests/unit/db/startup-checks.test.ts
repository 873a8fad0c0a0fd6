import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CLEAN_CLOSE_NOTE } from '../../../db/clean-close';
import { DatabaseOpenError, type DatabaseOpenFailureKind } from '../../../db/errors';
import { checkDatabaseFile, openProbe, quickCheck } from '../../../db/file-checks';
import { closeDatabase, DATABASE_FILE_NAME, type OpenedDatabase } from '../../../db/open';
import { openCaseportDatabase } from '../../../db/startup';
import { startupFailureMessage } from '../../../main/messages';
import { realMigrations, steppingClock, tempDir } from '../support/test-database';

const opened: OpenedDatabase[] = [];
const others: Database.Database[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) if (database.sqlite.open) database.sqlite.close();
  for (const sqlite of others.splice(0)) if (sqlite.open) sqlite.close();
});

function open(dataDir: string): OpenedDatabase {
  const database = openCaseportDatabase({ dataDir, migrationsFolder: realMigrations, now: steppingClock() });
  opened.push(database);
  return database;
}

/** A healthy data folder with some clients in it, closed. */
function healthyFolder(clients = 300): { dataDir: string; file: string } {
  const dataDir = tempDir();
  const database = open(dataDir);
  const insert = database.sqlite.prepare(
    "INSERT INTO clients (given_names, family_name, name_key, created_at, updated_at) VALUES (?, 'Okafor', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
  );
  database.sqlite.transaction(() => {
    for (let i = 0; i < clients; i++) insert.run(`Amara ${i} ${'x'.repeat(200)}`, `okafor\u0001amara ${i}`);
  })();
  database.sqlite.close();
  return { dataDir, file: path.join(dataDir, DATABASE_FILE_NAME) };
}

interface Snapshot {
  names: string[];
  hashes: Record<string, string>;
}

/** Every entry in the folder and the bytes of every file: what "left untouched" means. */
function snapshot(dataDir: string): Snapshot {
  const names = fs.readdirSync(dataDir).sort();
  const hashes: Record<string, string> = {};
  for (const name of names) {
    const full = path.join(dataDir, name);
    if (fs.statSync(full).isFile())
      hashes[name] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return { names, hashes };
}

function expectRefused(dataDir: string, kind: DatabaseOpenFailureKind): DatabaseOpenError {
  const before = fs.existsSync(dataDir) && fs.statSync(dataDir).isDirectory() ? snapshot(dataDir) : null;
  let caught: unknown;
  try {
    open(dataDir);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DatabaseOpenError);
  expect((caught as DatabaseOpenError).kind).toBe(kind);
  // No SQLite English reaches the user.
  expect((caught as Error).message).not.toMatch(/malformed|SQLITE_|disk image/i);
  if (before) expect(snapshot(dataDir)).toEqual(before);
  return caught as DatabaseOpenError;
}

describe('start-up checks: each bad data file is refused with its own kind and left untouched', () => {
  it('a file truncated 1,000 bytes short is damaged', () => {
    const { dataDir, file } = healthyFolder();
    fs.truncateSync(file, fs.statSync(file).size - 1000);
    expectRefused(dataDir, 'damaged');
  });

  it('a file missing whole pages at the end is damaged', () => {
    const { dataDir, file } = healthyFolder();
    fs.truncateSync(file, fs.statSync(file).size - 4096 * 3);
    expectRefused(dataDir, 'damaged');
  });

  it('a file with a scrambled page inside is damaged (quick_check)', () => {
    const { dataDir, file } = healthyFolder(2000);
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Overwrite the middle of a table page; the header and the size stay right.
    const at = pageSize * Math.floor(bytes.length / pageSize / 2) + 8;
    bytes.fill(0xa5, at, at + 200);
    fs.writeFileSync(file, bytes);
    expectRefused(dataDir, 'damaged');
  });

  it('a 0-byte file is refused, not turned into an empty practice', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE_NAME), '');
    expectRefused(dataDir, 'empty-file');
  });

  it('garbage is not a database', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE_NAME), Buffer.alloc(64 * 1024, 'not sqlite at all '));
    expectRefused(dataDir, 'not-a-database');
  });

  it('a file from a newer version is refused', () => {
    const { dataDir, file } = healthyFolder(10);
    const sqlite = new Database(file);
    sqlite
      .prepare(
        "INSERT INTO caseport_migrations (idx, hash, created_millis, applied_at) VALUES (999, 'x', 0, 'x')",
      )
      .run();
    sqlite.close();
    expectRefused(dataDir, 'newer-version');
  });

  it('a file marked read-only is refused (even for an administrator)', () => {
    const { dataDir, file } = healthyFolder(10);
    fs.chmodSync(file, 0o444);
    expectRefused(dataDir, 'read-only');
  });

  it('a file locked by another program is refused quickly, not after the 5 s wait', () => {
    const { dataDir, file } = healthyFolder(10);
    const other = new Database(file);
    others.push(other);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    const started = performance.now();
    expectRefused(dataDir, 'locked');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a file held in a write transaction by another connection is refused as locked', () => {
    const { dataDir, file } = healthyFolder(10);
    const other = new Database(file);
    others.push(other);
    other.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    expect(() => open(dataDir)).toThrow(expect.objectContaining({ kind: 'locked' }));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a folder where the data file should be is refused', () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, DATABASE_FILE_NAME));
    expectRefused(dataDir, 'path-is-folder');
  });

  it('a data folder on a missing drive is reported, not re-created', () => {
    const dataDir = path.join(tempDir(), 'unplugged-usb', 'Caseport');
    expectRefused(dataDir, 'folder-missing');
    expect(fs.existsSync(path.dirname(dataDir))).toBe(false);
  });

  it('a data folder path that is a file is refused', () => {
    const dataDir = path.join(tempDir(), 'Caseport');
    fs.writeFileSync(dataDir, 'x');
    expectRefused(dataDir, 'folder-is-file');
  });

  it.each([
    'folder-missing',
    'folder-is-file',
    'path-is-folder',
    'empty-file',
    'not-a-database',
    'damaged',
    'read-only',
    'locked',
  ] as const)('has plain words for %s', (kind) => {
    const text = startupFailureMessage(kind, '', '/data');
    expect(text).toContain('/data');
    expect(text).not.toMatch(/SQLITE|malformed|\{/);
  });
});

describe('start-up checks: healthy files', () => {
  it('a new data folder is created 0700 with its file 0600, and no temporary file is left', () => {
    const dataDir = path.join(tempDir(), 'Caseport');
    open(dataDir);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    for (const companion of ['-wal', '-shm']) expect(fs.statSync(file + companion).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('.new'))).toEqual([]);
  });

  it('an existing folder and file readable by others are narrowed to the owner', () => {
    const { dataDir, file } = healthyFolder(5);
    fs.chmodSync(dataDir, 0o755);
    fs.chmodSync(file, 0o644);
    open(dataDir);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('opens with secure_delete on and the everyday 5 s busy wait', () => {
    const { dataDir } = healthyFolder(5);
    const database = open(dataDir);
    expect(database.sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(5);
  });

  it('opens a file whose last run crashed (frames still in the WAL) and keeps them', () => {
    const { dataDir, file } = healthyFolder(5);
    const writer = new Database(file);
    writer.pragma('wal_autocheckpoint = 0');
    writer
      .prepare(
        "INSERT INTO clients (given_names, name_key, created_at, updated_at) VALUES ('Late', 'late', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
      )
      .run();
    // Copy the folder while the WAL holds the frame: what a crash leaves behind.
    const crashed = tempDir();
    for (const name of fs.readdirSync(dataDir))
      fs.copyFileSync(path.join(dataDir, name), path.join(crashed, name));
    writer.close();
    const database = open(crashed);
    expect(database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(6);
  });
});

describe('start-up checks: the clean-close note', () => {
  it('is left by the last clean close and removed when the file is opened again', () => {
    const { dataDir } = healthyFolder(5);
    const database = open(dataDir);
    closeDatabase(database.sqlite);
    expect(fs.existsSync(path.join(dataDir, CLEAN_CLOSE_NOTE))).toBe(true);
    open(dataDir);
    expect(fs.existsSync(path.join(dataDir, CLEAN_CLOSE_NOTE))).toBe(false);
  });

  it('does not vouch for a file changed after the clean close: a damaged page is still found', () => {
    const { dataDir, file } = healthyFolder(2000);
    closeDatabase(open(dataDir).sqlite);
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const at = pageSize * Math.floor(bytes.length / pageSize / 2) + 8;
    bytes.fill(0xa5, at, at + 200);
    fs.writeFileSync(file, bytes);
    expectRefused(dataDir, 'damaged');
  });

  it('does not vouch for a file replaced by another (a newer version copied in)', () => {
    const { dataDir, file } = healthyFolder(5);
    closeDatabase(open(dataDir).sqlite);
    const sqlite = new Database(file);
    sqlite.prepare("INSERT INTO caseport_migrations VALUES (999, 'x', 0, 'x')").run();
    sqlite.close();
    expectRefused(dataDir, 'newer-version');
  });
});

describe('start-up checks: a file too large to copy into memory', () => {
  it('is checked in place, and the -wal/-shm that adds are removed when the file is refused', () => {
    const { dataDir, file } = healthyFolder(2000);
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const at = pageSize * Math.floor(bytes.length / pageSize / 2) + 8;
    bytes.fill(0xa5, at, at + 200);
    fs.writeFileSync(file, bytes);
    const before = snapshot(dataDir);
    const state = checkDatabaseFile(file, false);
    // A limit of 0 bytes: every file counts as too large for the in-memory copy.
    const probe = openProbe(file, state, 300, 0);
    expect(() => quickCheck(probe.sqlite, file)).toThrow(expect.objectContaining({ kind: 'damaged' }));
    probe.sqlite.close();
    probe.removeAddedCompanions();
    expect(snapshot(dataDir)).toEqual(before);
  });
});
