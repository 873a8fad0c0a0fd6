import fs from 'node:fs';
import { backupFolder, defaultBackupFolder, readBackupSettings } from '../../db/backup/settings-file';
import { type BackupKind, createBackup, rotateBackups } from '../../db/backup/storage';
import { connectionOf } from '../../db/open';
import type { BackupEntry } from '../contract/backups';
import { type ApiContext, ApiFailure } from '../data-service/context';
import { toEntry } from './entries';
import { practiceOf } from './practice';

/**
 * Whether backups can be written there now. The data folder's own `backups` may not exist yet
 * (it is made on first use); a chosen folder must exist: it is never created, so the mount point
 * of an unplugged disk (macOS /Volumes/USB) is not recreated on the computer's own disk.
 */
export function folderReachable(folder: string, dataDir: string): boolean {
  try {
    const target = fs.existsSync(folder) || folder !== defaultBackupFolder(dataDir) ? folder : dataDir;
    if (!fs.statSync(target).isDirectory()) return false;
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export interface BackUpOptions {
  /** Names the rotation must keep (the backup a restore comes from). */
  protect?: string[];
  /** When the chosen folder cannot be reached, use the data folder's own (after a deletion). */
  fallBackToDataFolder?: boolean;
}

/** Makes a verified backup of the open database now, then applies the rotation. */
export async function backUpNow(
  ctx: ApiContext,
  kind: BackupKind,
  { protect = [], fallBackToDataFolder = false }: BackUpOptions = {},
): Promise<BackupEntry> {
  const settings = readBackupSettings(ctx.dataDir);
  let folder = backupFolder(ctx.dataDir, settings);
  if (!folderReachable(folder, ctx.dataDir)) {
    if (!fallBackToDataFolder) {
      throw new ApiFailure('VALIDATION', `The backup folder ${folder} cannot be reached.`, {
        folder: 'backups.folderUnreachable',
      });
    }
    folder = defaultBackupFolder(ctx.dataDir);
  }
  const practice = practiceOf(ctx);
  // A backup is "made after the deletion" only if its time says so, even when the clock has
  // not moved on since (same millisecond).
  let at = ctx.now();
  const mark = practice.forgottenBefore ? Date.parse(practice.forgottenBefore) : Number.NEGATIVE_INFINITY;
  if (at.getTime() <= mark) at = new Date(mark + 1);
  const manifest = await createBackup(connectionOf(ctx.db), {
    folder,
    workDir: ctx.dataDir,
    kind,
    at,
    passphrase: settings.passphrase,
    practiceId: practice.practiceId,
    onProgress: (done, total) =>
      ctx.reportProgress?.({ channel: 'backups.create', phase: kind, done, total }),
  });
  rotateBackups(folder, settings, practice.practiceId, [...protect, manifest.name]);
  return toEntry(manifest, practice);
}
