import fs from 'node:fs';
import path from 'node:path';
import { backupFolder, defaultBackupFolder, readBackupSettings } from '../../db/backup/settings-file';
import { type BackupManifest, isBackupName, isOwnBackup, listBackups, madeAt } from '../../db/backup/storage';
import type { BackupEntry } from '../contract/backups';
import { ApiFailure } from '../data-service/context';
import { type PracticeView, practiceViewOf } from './practice';

/** A stored manifest as the UI sees it, judged against this practice and its deletion mark. */
export function toEntry(manifest: BackupManifest, view: PracticeView): BackupEntry {
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
    otherPractice: !isOwnBackup(manifest.name, view.practiceId),
    beforeDeletion: madeBeforeDeletion(manifest, view),
  };
}

/** Made up to the latest retention deletion: it still holds the deleted family. */
export function madeBeforeDeletion(manifest: { name: string; createdAt: string }, view: PracticeView) {
  return (
    view.forgottenBefore !== null &&
    isOwnBackup(manifest.name, view.practiceId) &&
    (madeAt(manifest.name) ?? manifest.createdAt) <= view.forgottenBefore
  );
}

/** The backups folder of a data folder, per its settings file (readable even when the database is not). */
export function folderOf(dataDir: string): string {
  return backupFolder(dataDir, readBackupSettings(dataDir));
}

/**
 * Where backups are listed from: the chosen folder and the data folder's own, which takes the
 * copies made while the chosen one could not be reached (before an update, after a deletion).
 */
export function listedFolders(dataDir: string): string[] {
  return [...new Set([folderOf(dataDir), defaultBackupFolder(dataDir)])];
}

function listedManifests(dataDir: string): { folder: string; manifest: BackupManifest }[] {
  const found: { folder: string; manifest: BackupManifest }[] = [];
  for (const folder of listedFolders(dataDir)) {
    try {
      for (const manifest of listBackups(folder)) found.push({ folder, manifest });
    } catch {
      // An unreachable network share lists as empty; the overview says it cannot be reached.
    }
  }
  return found.sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt));
}

/**
 * This practice's backups in the current folder, newest first; with `includeOtherPractices`,
 * then those of other practices (moving computers: a backup brought from the old one).
 */
export function backupEntries(
  dataDir: string,
  { includeOtherPractices = false }: { includeOtherPractices?: boolean } = {},
): BackupEntry[] {
  const view = practiceViewOf(dataDir);
  const entries = listedManifests(dataDir).map(({ manifest }) => toEntry(manifest, view));
  const own = entries.filter((entry) => !entry.otherPractice);
  return includeOtherPractices ? [...own, ...entries.filter((entry) => entry.otherPractice)] : own;
}

/** The file behind a name the UI sent back: one of ours, inside a listed backups folder, existing. */
export function backupFile(dataDir: string, name: string): string {
  return locateBackup(dataDir, name).file;
}

export function locateBackup(dataDir: string, name: string): { folder: string; file: string } {
  if (isBackupName(name)) {
    for (const folder of listedFolders(dataDir)) {
      const file = path.join(folder, name);
      if (path.dirname(file) === folder && fs.existsSync(file)) return { folder, file };
    }
  }
  throw new ApiFailure('NOT_FOUND', `There is no backup named ${name}.`);
}

/**
 * The backup a restore may use: listed for this folder (another practice's only when allowed),
 * and never one made before the latest retention deletion.
 */
export function restorableEntry(
  dataDir: string,
  name: string,
  { includeOtherPractices }: { includeOtherPractices: boolean },
): BackupEntry {
  const entry = backupEntries(dataDir, { includeOtherPractices }).find((backup) => backup.name === name);
  if (!entry) throw new ApiFailure('NOT_FOUND', `There is no backup named ${name}.`);
  if (entry.beforeDeletion) {
    throw new ApiFailure(
      'CONFLICT',
      'This backup was made before a file was deleted after its retention period, so it still holds that file; it cannot be restored.',
      { name: 'backups.beforeDeletion' },
    );
  }
  return entry;
}
