import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { readPracticeId } from './practice';
import { backupFolder, defaultBackupFolder, readBackupSettings } from './settings-file';
import { type BackupManifest, createBackupSync, rotateBackups } from './storage';

/**
 * The copy made before a schema update, inside the synchronous start-up. It goes to the chosen
 * backup folder when that can be reached; when it cannot (a USB disk not plugged in, a network
 * share offline) it goes to the data folder's own `backups` instead, with a warning for the log,
 * rather than blocking the start-up behind a drive that is simply not there. The chosen folder
 * is never created, so an unplugged disk's mount point is not recreated on the computer's disk.
 */
export function backUpBeforeMigration(
  sqlite: Database.Database,
  dataDir: string,
  at: Date,
): { manifest: BackupManifest; file: string } {
  const settings = readBackupSettings(dataDir);
  const practiceId = readPracticeId(sqlite) ?? settings.practiceId;
  const chosen = backupFolder(dataDir, settings);
  const fallback = defaultBackupFolder(dataDir);
  const make = (folder: string) => {
    const manifest = createBackupSync(sqlite, {
      folder,
      workDir: dataDir,
      kind: 'before-migration',
      at,
      passphrase: settings.passphrase,
      practiceId,
    });
    rotateBackups(folder, settings, practiceId, [manifest.name]);
    return { manifest, file: path.join(folder, manifest.name) };
  };
  if (chosen === fallback) return make(fallback);
  if (isWritableFolder(chosen)) {
    try {
      return make(chosen);
    } catch (error) {
      warn(chosen, error);
      return make(fallback);
    }
  }
  warn(chosen, null);
  return make(fallback);
}

function isWritableFolder(folder: string): boolean {
  try {
    if (!fs.statSync(folder).isDirectory()) return false;
    fs.accessSync(folder, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function warn(folder: string, error: unknown): void {
  process.emitWarning(
    `The backup folder ${folder} could not be used for the copy before updating the data file` +
      `${error instanceof Error ? ` (${error.message})` : ''}; it was made in the data folder's own backups folder.`,
    { code: 'CASEPORT_BACKUP_FALLBACK' },
  );
}
