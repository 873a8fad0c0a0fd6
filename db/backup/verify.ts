import fs from 'node:fs';
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
 * Opens the copy (decrypted in memory when encrypted), runs the full integrity_check, walks the
 * change history's hash chain and counts the main records. Never writes to the backup: a plain copy is opened read-only in rollback
 * mode, so no -wal/-shm appears beside it on the backup medium.
 */
export function verifyBackup(file: string, passphrase: string | null): BackupVerification {
  let sqlite: Database.Database | null = null;
  try {
    let bytes: Buffer;
    if (isEncryptedBackup(file)) {
      if (!passphrase) return failed('encrypted, and no passphrase was given');
      bytes = decryptFile(file, passphrase) as Buffer;
    } else {
      bytes = fs.readFileSync(file);
    }
    if (bytes.length >= 20) {
      bytes[18] = 1;
      bytes[19] = 1;
    }
    sqlite = new Database(bytes, { readonly: true });
    return inspect(sqlite);
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  } finally {
    sqlite?.close();
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
