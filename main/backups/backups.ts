import fs from 'node:fs';
import { recordBackupMade, recordBackupSettingsChanged } from '../../db/audit/backup-events';
import {
  backupFolder,
  defaultBackupFolder,
  readBackupSettings,
  writeBackupSettings,
} from '../../db/backup/settings-file';
import { listBackups, writeManifest } from '../../db/backup/storage';
import { verifyBackup } from '../../db/backup/verify';
import type { ParsedInput } from '../contract';
import type { BackupEntry, BackupOverview } from '../contract/backups';
import { type ApiContext, ApiFailure } from '../data-service/context';
import { write } from '../data-service/transaction';
import { backupEntries, locateBackup, toEntry } from './entries';
import { reachDeletedEverywhere } from './forget';
import { backUpNow, folderReachable } from './make';
import { practiceIsEmpty, practiceOf } from './practice';
import { requireLawyer, requireUser } from './roles';

/**
 * backups.list: where backups go, the settings and this practice's backups with how they
 * verified. Listing is also when a folder that was unreachable at a deletion (a USB disk) is
 * cleaned: backups it holds from before the deletion are removed now.
 */
export async function listBackupsHandler(ctx: ApiContext): Promise<BackupOverview> {
  await reachDeletedEverywhere(ctx);
  return overview(ctx);
}

function overview(ctx: ApiContext): BackupOverview {
  const settings = readBackupSettings(ctx.dataDir);
  const folder = backupFolder(ctx.dataDir, settings);
  return {
    folder,
    defaultFolder: defaultBackupFolder(ctx.dataDir),
    settings: {
      folder: settings.folder,
      daily: settings.daily,
      keepDaily: settings.keepDaily,
      keepMonthly: settings.keepMonthly,
      encrypted: settings.passphrase !== null,
    },
    // A new computer (no family yet) may bring in another practice's backup: moving computers.
    backups: backupEntries(ctx.dataDir, { includeOtherPractices: practiceIsEmpty(ctx) }),
    folderReachable: folderReachable(folder, ctx.dataDir),
    lastDaily: settings.lastDaily,
  };
}

export async function createBackupHandler(ctx: ApiContext): Promise<BackupEntry> {
  requireUser(ctx);
  const made = await backUpNow(ctx, 'manual');
  write(ctx, (tx, writer) => recordBackupMade(tx, writer, made));
  return made;
}

/** Checks a backup again (a USB disk can go bad after the copy was made). */
export function verifyBackupHandler(ctx: ApiContext, { name }: ParsedInput<'backups.verify'>): BackupEntry {
  const practice = practiceOf(ctx);
  // Only a backup this screen lists: another practice's in a shared folder is not ours to mark
  // unusable (its passphrase is not ours either).
  if (
    !backupEntries(ctx.dataDir, { includeOtherPractices: practiceIsEmpty(ctx) }).some((b) => b.name === name)
  )
    throw new ApiFailure('NOT_FOUND', `There is no backup named ${name}.`);
  const { folder, file } = locateBackup(ctx.dataDir, name);
  const settings = readBackupSettings(ctx.dataDir);
  const manifest = listBackups(folder).find((backup) => backup.name === name);
  if (!manifest) throw new ApiFailure('NOT_FOUND', `There is no backup named ${name}.`);
  const verification = verifyBackup(file, settings.passphrase, ctx.dataDir);
  const updated = { ...manifest, verification: { ...verification, at: ctx.now().toISOString() } };
  writeManifest(folder, updated);
  return toEntry(updated, practice);
}

/**
 * backups.updateSettings: the lawyer's; a chosen folder must exist (a mounted drive). The
 * folder left behind is remembered: its backups still hold every family, so a later deletion
 * must reach them too.
 */
export async function updateBackupSettingsHandler(
  ctx: ApiContext,
  input: ParsedInput<'backups.updateSettings'>,
): Promise<BackupOverview> {
  requireLawyer(ctx, 'change how backups are kept');
  if (input.folder !== null && !(fs.existsSync(input.folder) && fs.statSync(input.folder).isDirectory())) {
    throw new ApiFailure('VALIDATION', 'That backup folder does not exist.', {
      folder: 'backups.folderMissing',
    });
  }
  const current = readBackupSettings(ctx.dataDir);
  const used = [current.folder, input.folder].filter((folder): folder is string => folder !== null);
  const next = {
    ...current,
    folder: input.folder,
    daily: input.daily,
    keepDaily: input.keepDaily,
    keepMonthly: input.keepMonthly,
    passphrase: input.passphrase === undefined ? current.passphrase : input.passphrase,
    knownFolders: [...new Set([...current.knownFolders, ...used])],
  };
  write(ctx, (tx, writer) => {
    recordBackupSettingsChanged(tx, writer, current, next);
    writeBackupSettings(ctx.dataDir, next);
  });
  return listBackupsHandler(ctx);
}
