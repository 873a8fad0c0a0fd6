import fs from 'node:fs';
import path from 'node:path';
import { backupFolder, readBackupSettings } from '../../db/backup/settings-file';
import { type BackupManifest, isBackupName, listBackups } from '../../db/backup/storage';
import type { BackupEntry } from '../contract/backups';
import { ApiFailure } from '../data-service/context';

/** A stored manifest as the UI sees it. */
export function toEntry(manifest: BackupManifest): BackupEntry {
  return {
    name: manifest.name,
    kind: manifest.kind,
    createdAt: manifest.createdAt,
    encrypted: manifest.encrypted,
    sizeBytes: manifest.sizeBytes,
    verified: manifest.verification.ok,
    verifiedAt: manifest.verification.at,
    problem: manifest.verification.ok ? null : manifest.verification.detail,
    counts: manifest.verification.counts,
  };
}

/** The backups folder of a data folder, per its settings file (readable even when the database is not). */
export function folderOf(dataDir: string): string {
  return backupFolder(dataDir, readBackupSettings(dataDir));
}

export function backupEntries(dataDir: string): BackupEntry[] {
  try {
    return listBackups(folderOf(dataDir)).map(toEntry);
  } catch {
    // An unreachable network share lists as empty; the overview says it cannot be reached.
    return [];
  }
}

/** The file behind a name the UI sent back: one of ours, inside the backups folder, existing. */
export function backupFile(dataDir: string, name: string): string {
  const folder = folderOf(dataDir);
  const file = path.join(folder, name);
  if (!isBackupName(name) || path.dirname(file) !== folder || !fs.existsSync(file)) {
    throw new ApiFailure('NOT_FOUND', `There is no backup named ${name}.`);
  }
  return file;
}
