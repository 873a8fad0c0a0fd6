import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseOpenError } from './errors';

/**
 * Looks at the data folder and the database file WITHOUT changing them: plain fs reads and, for
 * SQLite's own checks, a connection that adds no -wal/-shm file beside the database. A file we
 * refuse must stay byte-identical with nothing added, so support can still rescue it.
 */

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

export interface DatabaseFileState {
  exists: boolean;
  /** The header says WAL mode (bytes 18-19 = 2). */
  walMode: boolean;
  /** A non-empty `-wal` file is beside it: another connection is open, or the last run crashed. */
  walInUse: boolean;
}

const isPosix = process.platform !== 'win32';

function statOrNull(target: string): fs.Stats | null {
  try {
    return fs.statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if ((error as NodeJS.ErrnoException).code === 'EACCES') {
      throw new DatabaseOpenError('no-access', `Caseport is not allowed to look at ${target}.`);
    }
    throw error;
  }
}

function canWrite(target: string, stats: fs.Stats): boolean {
  // The write bits are checked as well as access(): an administrator (or root) may write to a
  // file the user marked read-only, and Caseport should respect that mark, not override it.
  if (isPosix && (stats.mode & 0o222) === 0) return false;
  if (!isPosix && (stats.mode & 0o200) === 0) return false;
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The data folder must exist or be creatable in a folder that exists: a data folder on an
 * unplugged USB disk or an unmounted network drive is reported, never silently re-created
 * (which would open an empty practice). Returns whether the folder still has to be created.
 */
export function checkDataFolder(dataDir: string): { create: boolean } {
  const stats = statOrNull(dataDir);
  if (stats === null) {
    const parent = statOrNull(path.dirname(path.resolve(dataDir)));
    if (parent === null || !parent.isDirectory()) {
      throw new DatabaseOpenError(
        'folder-missing',
        `The data folder ${dataDir} cannot be found. If it is on a USB disk or a network drive, connect it and try again.`,
      );
    }
    if (!canWrite(path.dirname(path.resolve(dataDir)), parent)) {
      throw new DatabaseOpenError('read-only', `Caseport cannot create its data folder ${dataDir} there.`);
    }
    return { create: true };
  }
  if (!stats.isDirectory()) {
    throw new DatabaseOpenError('folder-is-file', `${dataDir} is a file, not a folder.`);
  }
  return { create: false };
}

/** Classifies the database file from its size and header alone (no SQLite involved). */
export function checkDatabaseFile(file: string, folderIsNew: boolean): DatabaseFileState {
  if (folderIsNew) return { exists: false, walMode: false, walInUse: false };
  const stats = statOrNull(file);
  if (stats === null) {
    if (!canWrite(path.dirname(file), fs.statSync(path.dirname(file)))) {
      throw new DatabaseOpenError(
        'read-only',
        `Caseport cannot create its data file in ${path.dirname(file)}.`,
      );
    }
    return { exists: false, walMode: false, walInUse: false };
  }
  if (stats.isDirectory()) {
    throw new DatabaseOpenError('path-is-folder', `${file} is a folder, not Caseport's data file.`);
  }
  if (stats.size === 0) {
    throw new DatabaseOpenError(
      'empty-file',
      `${file} is empty (0 bytes): the records it held are not in it.`,
    );
  }
  const header = readHeader(file, stats.size);
  if (header.length < HEADER_BYTES || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw new DatabaseOpenError('not-a-database', `${file} is not a Caseport data file.`);
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    throw new DatabaseOpenError('damaged', `${file} is damaged: its header is not valid.`);
  }
  const walMode = header[18] === 2 && header[19] === 2;
  const walStats = statOrNull(`${file}-wal`);
  const walInUse = walStats !== null && walStats.size > 0;
  // The header's page count is trustworthy when its change counter matches (bytes 24 and 92);
  // with WAL frames pending, the file may legitimately lag behind, so only judge a settled file.
  const headerCountValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  const expectedSize = header.readUInt32BE(28) * pageSize;
  if (!walInUse && (stats.size % pageSize !== 0 || (headerCountValid && stats.size < expectedSize))) {
    throw new DatabaseOpenError(
      'damaged',
      `${file} is damaged: it is shorter than it should be (${stats.size} of ${expectedSize} bytes).`,
    );
  }
  const folder = path.dirname(file);
  if (!canWrite(file, stats) || !canWrite(folder, fs.statSync(folder))) {
    throw new DatabaseOpenError('read-only', `Caseport cannot save changes to ${file}: it is read-only.`);
  }
  return { exists: true, walMode, walInUse };
}

function readHeader(file: string, size: number): Buffer {
  const fd = openForReading(file);
  try {
    const header = Buffer.alloc(Math.min(HEADER_BYTES, size));
    fs.readSync(fd, header, 0, header.length, 0);
    return header;
  } finally {
    fs.closeSync(fd);
  }
}

function openForReading(file: string): number {
  try {
    return fs.openSync(file, 'r');
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === 'EACCES' ||
      (error as NodeJS.ErrnoException).code === 'EPERM'
    ) {
      throw new DatabaseOpenError('no-access', `Caseport is not allowed to read ${file}.`);
    }
    throw error;
  }
}

/** Above this, the file is not copied into memory to be checked (see openProbe). */
const IN_MEMORY_PROBE_LIMIT = 256 * 1024 * 1024;

export interface Probe {
  sqlite: Database.Database;
  /** Removes the -wal/-shm this probe had to create; called when the file is refused. */
  removeAddedCompanions(): void;
}

/**
 * A read-only connection that adds nothing beside the file. SQLite's own read-only mode still
 * creates -wal/-shm for a WAL-mode file, so when no other connection is using the file (no -wal),
 * a copy is read into memory (header set to rollback mode, which an in-memory database needs).
 * When a -wal is there, its companions already exist and an ordinary read-only connection adds
 * nothing, and sees the pending frames too. A file too large to copy into memory is opened
 * read-only in place; the empty -wal/-shm that creates are removed again if the file is refused.
 */
export function openProbe(
  file: string,
  state: DatabaseFileState,
  busyTimeoutMs: number,
  inMemoryLimit = IN_MEMORY_PROBE_LIMIT,
): Probe {
  const companions = [`${file}-wal`, `${file}-shm`];
  const existing = new Set(companions.filter((companion) => fs.existsSync(companion)));
  const removeAddedCompanions = () => {
    for (const companion of companions) {
      if (existing.has(companion) || !fs.existsSync(companion)) continue;
      // Only a companion this probe made: a read-only connection never writes frames into it.
      if (companion.endsWith('-wal') && fs.statSync(companion).size > 0) continue;
      fs.rmSync(companion, { force: true });
    }
  };
  try {
    if (state.walInUse || !state.walMode || fs.statSync(file).size > inMemoryLimit) {
      const sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
      return { sqlite, removeAddedCompanions };
    }
    const copy = fs.readFileSync(file);
    copy[18] = 1;
    copy[19] = 1;
    return { sqlite: new Database(copy, { readonly: true }), removeAddedCompanions };
  } catch (error) {
    removeAddedCompanions();
    throw classifySqliteError(error, file) ?? error;
  }
}

/** quick_check: every page and index entry is well-formed (not the slower cross-checks). */
export function quickCheck(probe: Database.Database, file: string): void {
  let result: unknown;
  try {
    result = probe.pragma('quick_check(1)', { simple: true });
  } catch (error) {
    throw classifySqliteError(error, file) ?? error;
  }
  if (result !== 'ok') {
    throw new DatabaseOpenError('damaged', `${file} is damaged (${String(result).slice(0, 200)}).`);
  }
}

/** Full checks, run only before a schema update (they read and cross-check everything). */
export function fullCheck(sqlite: Database.Database, file: string): void {
  const integrity = sqlite.pragma('integrity_check(1)', { simple: true });
  if (integrity !== 'ok') {
    throw new DatabaseOpenError('damaged', `${file} is damaged (${String(integrity).slice(0, 200)}).`);
  }
  const broken = sqlite.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) {
    throw new DatabaseOpenError(
      'integrity',
      `${broken.length} record(s) in ${file} point to records that do not exist; nothing was changed.`,
    );
  }
}

/** SQLite's error codes -> a failure kind, or null for errors that mean a bug, not a bad file. */
export function classifySqliteError(error: unknown, file: string): DatabaseOpenError | null {
  if (error instanceof DatabaseOpenError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DatabaseOpenError('locked', `Another program is using ${file}. Close it and try again.`);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new DatabaseOpenError('read-only', `Caseport cannot save changes to ${file}: it is read-only.`);
  }
  if (code === 'SQLITE_NOTADB') {
    return new DatabaseOpenError('not-a-database', `${file} is not a Caseport data file.`);
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new DatabaseOpenError('damaged', `${file} is damaged.`);
  }
  if (code === 'SQLITE_FULL') {
    return new DatabaseOpenError('disk-full', `The disk holding ${file} is full.`);
  }
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_PERM') ||
    code.startsWith('SQLITE_AUTH')
  ) {
    return new DatabaseOpenError('no-access', `Caseport is not allowed to open ${file}.`);
  }
  return null;
}

/** Only the user's own account may read a practice's data: folder 0700, files 0600 (POSIX). */
export function restrictPermissions(dataDir: string, files: string[]): void {
  if (!isPosix) return;
  fs.chmodSync(dataDir, 0o700);
  for (const file of files) {
    if (fs.existsSync(file)) fs.chmodSync(file, 0o600);
  }
}
