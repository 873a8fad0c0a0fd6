import fs from 'node:fs';
import path from 'node:path';
import { backupFolder, readBackupSettings, writeBackupSettings } from '../../db/backup/settings-file';
import {
  type BackupKind,
  createBackup,
  listBackups,
  rotateBackups,
  writeManifest,
} from '../../db/backup/storage';
import { verifyBackup } from '../../db/backup/verify';
import { connectionOf } from '../../db/open';
import type { ParsedInput } from '../contract';
import type { BackupEntry, BackupOverview } from '../contract/backups';
import { type ApiContext, ApiFailure } from '../data-service/context';
import { backupEntries, backupFile, folderOf, toEntry } from './entries';
import { requireLawyer, requireUser } from './roles';

/** backups.list: where backups go, the settings and every backup with how it verified. */
export function listBackupsHandler(ctx: ApiContext): BackupOverview {
  const settings = readBackupSettings(ctx.dataDir);
  const folder = backupFolder(ctx.dataDir, settings);
  return {
    folder,
    defaultFolder: path.join(ctx.dataDir, 'backups'),
    settings: {
      folder: settings.folder,
      daily: settings.daily,
      keepDaily: settings.keepDaily,
      keepMonthly: settings.keepMonthly,
      encrypted: settings.passphrase !== null,
    },
    backups: backupEntries(ctx.dataDir),
    folderReachable: folderReachable(folder),
  };
}

function folderReachable(folder: string): boolean {
  // The default folder may simply not exist yet; a chosen one must sit on a reachable drive.
  const existing = fs.existsSync(folder) ? folder : path.dirname(folder);
  try {
    fs.accessSync(existing, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Makes a verified backup of the open database now, then applies the rotation. */
export async function backUpNow(ctx: ApiContext, kind: BackupKind): Promise<BackupEntry> {
  const settings = readBackupSettings(ctx.dataDir);
  const folder = backupFolder(ctx.dataDir, settings);
  if (!folderReachable(folder)) {
    throw new ApiFailure('VALIDATION', `The backup folder ${folder} cannot be reached.`, {
      folder: 'backups.folderUnreachable',
    });
  }
  const manifest = await createBackup(connectionOf(ctx.db), {
    folder,
    workDir: ctx.dataDir,
    kind,
    at: ctx.now(),
    passphrase: settings.passphrase,
    onProgress: (done, total) =>
      ctx.reportProgress?.({ channel: 'backups.create', phase: 'copy', done, total }),
  });
  rotateBackups(folder, settings);
  return toEntry(manifest);
}

export function createBackupHandler(ctx: ApiContext): Promise<BackupEntry> {
  requireUser(ctx);
  return backUpNow(ctx, 'manual');
}

/** Checks a backup again (a USB disk can go bad after the copy was made). */
export function verifyBackupHandler(ctx: ApiContext, { name }: ParsedInput<'backups.verify'>): BackupEntry {
  const file = backupFile(ctx.dataDir, name);
  const settings = readBackupSettings(ctx.dataDir);
  const folder = folderOf(ctx.dataDir);
  const manifest = listBackups(folder).find((backup) => backup.name === name);
  if (!manifest) throw new ApiFailure('NOT_FOUND', `There is no backup named ${name}.`);
  const verification = verifyBackup(file, settings.passphrase);
  const updated = { ...manifest, verification: { ...verification, at: ctx.now().toISOString() } };
  writeManifest(folder, updated);
  return toEntry(updated);
}

/** backups.updateSettings: the lawyer's; a chosen folder must exist (a mounted drive). */
export function updateBackupSettingsHandler(
  ctx: ApiContext,
  input: ParsedInput<'backups.updateSettings'>,
): BackupOverview {
  requireLawyer(ctx, 'change how backups are kept');
  if (input.folder !== null && !(fs.existsSync(input.folder) && fs.statSync(input.folder).isDirectory())) {
    throw new ApiFailure('VALIDATION', 'That backup folder does not exist.', {
      folder: 'backups.folderMissing',
    });
  }
  const current = readBackupSettings(ctx.dataDir);
  writeBackupSettings(ctx.dataDir, {
    folder: input.folder,
    daily: input.daily,
    keepDaily: input.keepDaily,
    keepMonthly: input.keepMonthly,
    passphrase: input.passphrase === undefined ? current.passphrase : input.passphrase,
  });
  return listBackupsHandler(ctx);
}
