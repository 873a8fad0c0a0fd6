import fs from 'node:fs';
import path from 'node:path';
import { recordRestore } from '../../db/audit/backup-events';
import { BackupPassphraseError } from '../../db/backup/crypto';
import { stageRestore, swapIn } from '../../db/backup/restore';
import { readBackupSettings } from '../../db/backup/settings-file';
import { shred } from '../../db/backup/storage';
import { closeDatabase, DATABASE_FILE_NAME, type OpenedDatabase } from '../../db/open';
import { openCaseportDatabase } from '../../db/startup';
import { findUser } from '../../db/users/queries';
import type { ParsedInput } from '../contract';
import type { BackupEntry, RestoreResult } from '../contract/backups';
import { type ApiContext, ApiFailure } from '../data-service/context';
import { backupFile, restorableEntry } from './entries';
import { backUpNow } from './make';
import { practiceIsEmpty, practiceOf } from './practice';
import { requireLawyer } from './roles';

/**
 * What restore needs from whoever owns the connection (the data service): the open database,
 * a way to close every other connection to the file (the background worker's), and to take the
 * reopened database as its own.
 */
export interface DatabaseHost {
  current(): OpenedDatabase;
  migrationsFolder: string;
  closeOthers(): Promise<void>;
  replaced(database: OpenedDatabase): void;
}

const hosts = new WeakMap<ApiContext, DatabaseHost>();

export function registerDatabaseHost(ctx: ApiContext, host: DatabaseHost): void {
  hosts.set(ctx, host);
}

const STAGING_NAME = `${DATABASE_FILE_NAME}.restoring`;

/** Copies (decrypts) the backup beside the data file and proves it sound before anything else. */
function stage(dataDir: string, name: string, passphrase: string | undefined, knownSteps: number) {
  const file = backupFile(dataDir, name);
  const staging = path.join(dataDir, STAGING_NAME);
  let verification: ReturnType<typeof stageRestore>;
  try {
    verification = stageRestore(file, passphrase ?? readBackupSettings(dataDir).passphrase, staging);
  } catch (error) {
    shred(staging);
    if (error instanceof BackupPassphraseError) {
      throw new ApiFailure('VALIDATION', error.message, { passphrase: 'backups.wrongPassphrase' });
    }
    throw error;
  }
  if (!verification.ok) {
    shred(staging);
    if (verification.detail === 'passphrase needed') {
      throw new ApiFailure('VALIDATION', 'This backup is encrypted.', {
        passphrase: 'backups.passphraseNeeded',
      });
    }
    throw new ApiFailure('VALIDATION', `The backup did not verify: ${verification.detail}`, {
      name: 'backups.notVerified',
    });
  }
  if ((verification.schemaVersion ?? 0) > knownSteps) {
    shred(staging);
    throw new ApiFailure('VALIDATION', 'This backup was made by a newer version of Caseport.', {
      name: 'backups.newerVersion',
    });
  }
  return staging;
}

/**
 * Restores a backup over the open database: verified staging copy, a verified safety backup of
 * the current data, every connection closed, an atomic swap, and the reopened database returned
 * (migrated when the backup is from an older version). If the restored file will not open, the
 * safety backup is put back, so the firm never ends up with neither.
 */
export async function restoreBackup(
  ctx: ApiContext,
  { name, passphrase }: ParsedInput<'backups.restore'>,
  host: DatabaseHost,
): Promise<{ database: OpenedDatabase; result: RestoreResult }> {
  const { dataDir } = ctx;
  const restorer = findUser(ctx.db, ctx.session.userId ?? 0);
  practiceOf(ctx);
  // Another practice's backup only on a computer with no family yet: moving computers.
  const restored = restorableEntry(dataDir, name, { includeOtherPractices: practiceIsEmpty(ctx) });
  const staging = stage(dataDir, name, passphrase, host.current().schemaVersion);
  let safetyBackup: BackupEntry;
  try {
    // The rotation must not take the backup being restored (an old manual copy, say).
    safetyBackup = await backUpNow(ctx, 'before-restore', { protect: [name] });
    if (!safetyBackup.verified)
      throw new ApiFailure('INTERNAL', 'The safety backup did not verify; nothing was restored.');
  } catch (error) {
    shred(staging);
    throw error;
  }

  const databaseFile = path.join(dataDir, DATABASE_FILE_NAME);
  await host.closeOthers();
  closeDatabase(host.current().sqlite);
  try {
    swapIn(staging, databaseFile);
  } catch (error) {
    shred(staging);
    reopen(ctx, host);
    throw error;
  }
  try {
    const database = reopen(ctx, host);
    // Written into the restored data: its own trail says where it came from and who did it.
    database.db.transaction((tx) =>
      recordRestore(
        tx,
        { actorId: restorer?.id ?? 0, at: ctx.now().toISOString() },
        { backupName: name, safetyBackupName: safetyBackup.name, restoredBy: restorer?.displayName ?? '' },
      ),
    );
    // The settings file now speaks for the restored file (another practice's, when moving in).
    practiceOf(ctx);
    return { database, result: { restored, safetyBackup } };
  } catch (error) {
    // The restored file would not open: put the data back as it was a moment ago.
    const back = stage(dataDir, safetyBackup.name, undefined, Number.MAX_SAFE_INTEGER);
    swapIn(back, databaseFile);
    reopen(ctx, host);
    throw error;
  }
}

function reopen(ctx: ApiContext, host: DatabaseHost): OpenedDatabase {
  const database = openCaseportDatabase({
    dataDir: ctx.dataDir,
    migrationsFolder: host.migrationsFolder,
    now: ctx.now,
  });
  ctx.db = database.db;
  ctx.schemaVersion = database.schemaVersion;
  // The restored file may not have the person who was working: choose again.
  ctx.session.userId = null;
  host.replaced(database);
  return database;
}

/** backups.restore: the lawyer's; needs the data service to have registered itself as host. */
export async function restoreBackupHandler(
  ctx: ApiContext,
  input: ParsedInput<'backups.restore'>,
): Promise<RestoreResult> {
  requireLawyer(ctx, 'restore a backup');
  const host = hosts.get(ctx);
  if (!host) throw new ApiFailure('INTERNAL', 'Restoring is not available in this process.');
  const { result } = await restoreBackup(ctx, input, host);
  return result;
}

/**
 * Restore from the recovery screen, when the data file could not be opened: the refused file
 * (or folder) is moved aside unchanged, renamed `caseport-refused-<time>…`, for support, then the
 * verified backup takes its place. Returns the opened database.
 */
export function restoreIntoRefusedFolder(
  dataDir: string,
  name: string,
  passphrase: string | undefined,
  migrationsFolder: string,
  now: () => Date,
  knownSteps: number,
): OpenedDatabase {
  // Any practice's backup may be brought in here (a new computer, a lost file), but never one
  // made before a retention deletion.
  restorableEntry(dataDir, name, { includeOtherPractices: true });
  const staging = stage(dataDir, name, passphrase, knownSteps);
  const databaseFile = path.join(dataDir, DATABASE_FILE_NAME);
  const stamp = now().toISOString().replace(/[-:.]/g, '');
  for (const suffix of ['', '-wal', '-shm']) {
    const file = databaseFile + suffix;
    if (fs.existsSync(file))
      fs.renameSync(file, path.join(dataDir, `caseport-refused-${stamp}.sqlite${suffix}`));
  }
  fs.renameSync(staging, databaseFile);
  return openCaseportDatabase({ dataDir, migrationsFolder, now });
}
