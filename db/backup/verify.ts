import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { findAuditChainBreak } from '../audit/chain';
import { decryptFile, isEncryptedBackup } from './crypto';

/** What a verified backup holds: enough for a person to recognise the right one. */
export interface BackupCounts {
  clients: number;
  dependants: number;
  applications: number;
  deadlines: number;
  auditEntries: number;
}

export interface BackupVerification {
  ok: boolean;
  /** When it failed: why, in English for the log (the UI shows its own words). */
  detail: string | null;
  counts: BackupCounts | null;
  /** Schema steps recorded in the copy. */
  schemaVersion: number | null;
}

const COUNTED: Record<keyof BackupCounts, string> = {
  clients: 'clients',
  dependants: 'dependants',
  applications: 'applications',
  deadlines: 'deadlines',
  auditEntries: 'audit_log',
};

/**
 * Opens the copy, runs the full integrity_check, walks the change history's hash chain and
 * counts the main records, reading from disk page by page (a practice of several GiB never has
 * to fit in memory). Never writes to the backup medium: backups are written in rollback-journal
 * mode (storage.ts), so a plain copy opens read-only there with no -wal/-shm beside it. An
 * encrypted one (or a WAL-mode copy brought in by hand) is first streamed to a private 0600
 * working copy in `workDir` (the data folder), which is overwritten and removed afterwards.
 */
export function verifyBackup(file: string, passphrase: string | null, workDir?: string): BackupVerification {
  const ownTemp = workDir === undefined ? privateTempFolder() : null;
  const folder = workDir ?? (ownTemp as string);
  let sqlite: Database.Database | null = null;
  let working: string | null = null;
  try {
    if (isEncryptedBackup(file)) {
      if (!passphrase) return failed('encrypted, and no passphrase was given');
      working = workingCopy(folder);
      decryptFile(file, passphrase, working);
      setRollbackMode(working);
    } else if (!inRollbackMode(file)) {
      working = workingCopy(folder);
      fs.copyFileSync(file, working, fs.constants.COPYFILE_EXCL);
      setRollbackMode(working);
    }
    sqlite = new Database(working ?? file, { readonly: true, fileMustExist: true });
    return inspect(sqlite);
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  } finally {
    sqlite?.close();
    if (working && fs.existsSync(working)) shredFile(working);
    if (ownTemp) fs.rmSync(ownTemp, { recursive: true, force: true });
  }
}

/** Without a data folder (tests, tools): a fresh 0700 folder in the system's temp folder. */
function privateTempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-verify-'));
}

function workingCopy(workDir: string): string {
  return path.join(workDir, `.backup-verify-${process.pid}-${randomBytes(4).toString('hex')}.sqlite`);
}

/** Header bytes 18–19 (file format write/read version): 1 = rollback journal, 2 = WAL. */
function inRollbackMode(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(20);
    const read = fs.readSync(fd, header, 0, 20, 0);
    return read === 20 && header[18] === 1 && header[19] === 1;
  } finally {
    fs.closeSync(fd);
  }
}

function setRollbackMode(file: string): void {
  if (fs.statSync(file).size < 20) return;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
  } finally {
    fs.closeSync(fd);
  }
}

/** Overwrites a plaintext working copy before removing it (storage.ts's shred, without the import cycle). */
function shredFile(file: string): void {
  try {
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    const zeros = Buffer.alloc(Math.min(size, 1024 * 1024));
    for (let at = 0; at < size; at += zeros.length)
      fs.writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
    fs.closeSync(fd);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** integrity_check + counts on an open copy. */
export function inspect(sqlite: Database.Database): BackupVerification {
  const integrity = sqlite.pragma('integrity_check(1)', { simple: true });
  if (integrity !== 'ok') return failed(`integrity_check: ${String(integrity).slice(0, 200)}`);
  const tables = new Set(
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
  );
  if (!tables.has('caseport_migrations') || !tables.has('clients')) return failed('not a Caseport data file');
  // A copy whose change history was altered is no safe place to go back to.
  const { brokenAt } = tables.has('audit_log') ? findAuditChainBreak(sqlite) : { brokenAt: null };
  if (brokenAt !== null) return failed(`the change history was altered outside Caseport (entry ${brokenAt})`);
  const counts = {} as BackupCounts;
  for (const [key, table] of Object.entries(COUNTED) as [keyof BackupCounts, string][]) {
    counts[key] = tables.has(table)
      ? (sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number)
      : 0;
  }
  const schemaVersion = sqlite.prepare('SELECT count(*) FROM caseport_migrations').pluck().get() as number;
  return { ok: true, detail: null, counts, schemaVersion };
}

function failed(detail: string): BackupVerification {
  return { ok: false, detail, counts: null, schemaVersion: null };
}
