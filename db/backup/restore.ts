import fs from 'node:fs';
import Database from 'better-sqlite3';
import { decryptFile, isEncryptedBackup } from './crypto';
import { shred } from './storage';
import { type BackupVerification, inspect } from './verify';

/**
 * Puts a backup back in two steps, so a failure at any point leaves the current data in place:
 *  1. stage: decrypt or copy the backup beside the data file and verify the staged copy itself
 *     (integrity_check and counts on the exact bytes that will become the data file);
 *  2. swap: with every connection closed, rename it over the data file (atomic on one volume).
 */
export function stageRestore(
  backupFile: string,
  passphrase: string | null,
  stagingFile: string,
): BackupVerification {
  shred(stagingFile);
  if (isEncryptedBackup(backupFile)) {
    if (!passphrase) return { ok: false, detail: 'passphrase needed', counts: null, schemaVersion: null };
    decryptFile(backupFile, passphrase, stagingFile);
  } else {
    fs.copyFileSync(backupFile, stagingFile, fs.constants.COPYFILE_EXCL);
  }
  if (process.platform !== 'win32') fs.chmodSync(stagingFile, 0o600);
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(stagingFile, { fileMustExist: true });
    // Rollback mode while we look; the app switches it to WAL when it opens it.
    sqlite.pragma('journal_mode = DELETE');
    return inspect(sqlite);
  } catch (error) {
    return {
      ok: false,
      detail: error instanceof Error ? error.message : String(error),
      counts: null,
      schemaVersion: null,
    };
  } finally {
    sqlite?.close();
  }
}

/** Replaces the data file by the staged copy. Every connection to the data file must be closed. */
export function swapIn(stagingFile: string, databaseFile: string): void {
  const wal = `${databaseFile}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
    // Frames still in the WAL mean a connection is open: renaming now would mix two databases.
    throw new Error('The data file is still open elsewhere; restore refused.');
  }
  fs.rmSync(wal, { force: true });
  fs.rmSync(`${databaseFile}-shm`, { force: true });
  fs.renameSync(stagingFile, databaseFile);
}
