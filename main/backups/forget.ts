import fs from 'node:fs';
import path from 'node:path';
import { markForgotten } from '../../db/backup/practice';
import {
  allBackupFolders,
  backupFolder,
  defaultBackupFolder,
  readBackupSettings,
  updateBackupSettingsFile,
} from '../../db/backup/settings-file';
import {
  type BackupManifest,
  belongingTo,
  listBackups,
  madeAt,
  removeBackup,
  shred,
} from '../../db/backup/storage';
import { connectionOf } from '../../db/open';
import type { ApiContext } from '../data-service/context';
import { backUpNow } from './make';
import { practiceOf } from './practice';

export interface Forgotten {
  /** Older backups removed because they still held the deleted family. */
  backupsRemoved: number;
  /** The fresh backup that replaces them; null when none could be made. */
  backup: string | null;
  /** Backup folders that could not be reached (an unplugged USB disk): cleaned when connected. */
  unreachableFolders: string[];
}

/**
 * After a family is deleted for good, its data must not survive anywhere Caseport wrote it:
 * the deleted rows are already overwritten (secure_delete), its audit key is gone and the
 * deletion moved the practice's "forgotten before" mark (db/backup/practice.ts); here the search
 * index is merged, the WAL (which still holds earlier page images) is checkpointed and
 * truncated, and the backups made before the deletion are replaced by one fresh verified backup
 * in every folder that can be reached.
 */
export async function forgetEverywhere(ctx: ApiContext): Promise<Forgotten> {
  const sqlite = connectionOf(ctx.db);
  // The search index keeps a deleted row's tokens in its segments (and prefix indexes) until
  // they are merged; merging them all rewrites the index without them, and secure_delete
  // overwrites the pages the old segments used.
  sqlite.prepare("INSERT INTO people_search(people_search) VALUES ('optimize')").run();
  truncateWal(sqlite);
  shredRefusedFiles(ctx.dataDir);
  return reachDeletedEverywhere(ctx, { fresh: true });
}

/**
 * A data file refused at start-up (damaged, altered) is kept aside as `caseport-refused-…` for
 * support (restore.ts). It holds the whole practice as it was, the deleted family included, so
 * a deletion after retention overwrites and removes it too: the law's "forget" outranks support.
 */
function shredRefusedFiles(dataDir: string): void {
  for (const name of fs.readdirSync(dataDir)) {
    const full = path.join(dataDir, name);
    if (/^caseport-refused-/.test(name) && fs.statSync(full).isFile()) shred(full);
  }
}

/** How often, and for how long, a checkpoint blocked by a reader is tried again. */
export const WAL_RETRY = { everyMs: 5_000, forMs: 15 * 60_000 };

/**
 * Folds the WAL into the file and empties it, so no earlier image of a deleted family's pages
 * stays in it. A reader holding an older snapshot (the background check of the data file reads
 * for a minute at 100,000 clients; a long import) blocks that: it is then tried again every few
 * seconds until it succeeds, and the WAL is emptied as soon as the reader is done. Returns
 * whether it succeeded at once.
 */
export function truncateWal(
  sqlite: ReturnType<typeof connectionOf>,
  retry: { everyMs: number; forMs: number } = WAL_RETRY,
): boolean {
  const truncated = () => {
    if (!sqlite.open) return true;
    // Without waiting: a checkpoint waits for readers through the busy handler (5 s), and this
    // thread answers the window meanwhile.
    const waitMs = sqlite.pragma('busy_timeout', { simple: true }) as number;
    sqlite.pragma('busy_timeout = 0');
    try {
      const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)', { simple: false }) as { busy: number }[];
      return !result?.busy;
    } finally {
      sqlite.pragma(`busy_timeout = ${waitMs}`);
    }
  };
  if (truncated()) return true;
  const giveUpAt = Date.now() + retry.forMs;
  const again = () => {
    if (truncated() || Date.now() > giveUpAt) return;
    setTimeout(again, retry.everyMs).unref?.();
  };
  setTimeout(again, retry.everyMs).unref?.();
  return false;
}

/**
 * Removes this practice's backups made up to its latest retention deletion from every backup
 * folder it has used that can be reached now: the current one, the data folder's own and any
 * chosen before. Runs at the deletion and again whenever backups are listed or the daily backup
 * runs, so a disk that was unplugged at the deletion is cleaned once it is back. Old backups go
 * only once a verified backup made after the deletion exists (one is made if needed), so the
 * firm is never left without one. Another practice's backups in a shared folder are not touched.
 */
export async function reachDeletedEverywhere(
  ctx: ApiContext,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<Forgotten> {
  const { practiceId, forgottenBefore } = practiceOf(ctx);
  if (forgottenBefore === null) return { backupsRemoved: 0, backup: null, unreachableFolders: [] };
  const settings = readBackupSettings(ctx.dataDir);
  const own = new Map<string, BackupManifest[]>();
  const unreachable = new Set<string>();
  for (const folder of allBackupFolders(ctx.dataDir, settings)) {
    try {
      if (fs.existsSync(folder)) own.set(folder, belongingTo(listBackups(folder), practiceId));
      else if (folder !== defaultBackupFolder(ctx.dataDir)) unreachable.add(folder);
    } catch {
      unreachable.add(folder);
    }
  }
  const all = [...own.values()].flat();
  const before = (backup: BackupManifest) => (madeAt(backup.name) ?? backup.createdAt) <= forgottenBefore;
  const stale = all.filter(before).length;
  const safe = all.some((backup) => !before(backup) && backup.verification.ok);
  if (!fresh && stale === 0) return { backupsRemoved: 0, backup: null, unreachableFolders: [...unreachable] };

  let backup: string | null = null;
  if (fresh || !safe) {
    try {
      const made = await backUpNow(ctx, 'manual', { fallBackToDataFolder: true });
      backup = made.name;
      if (!made.verified) return { backupsRemoved: 0, backup, unreachableFolders: [...unreachable] };
    } catch {
      // Not even the data folder takes a backup (disk full): keep the old ones until one can be made.
      return { backupsRemoved: 0, backup: null, unreachableFolders: [...unreachable] };
    }
  }

  let backupsRemoved = 0;
  const emptied: string[] = [];
  for (const folder of own.keys()) {
    try {
      // Listed again: the fresh backup and its rotation changed the folder it went to.
      const stillOwn = belongingTo(listBackups(folder), practiceId);
      for (const old of stillOwn.filter(before)) {
        removeBackup(folder, old.name);
        backupsRemoved++;
      }
      if (belongingTo(listBackups(folder), practiceId).length === 0) emptied.push(folder);
    } catch {
      unreachable.add(folder);
    }
  }
  // A folder chosen before that holds none of this practice's backups any more needs no visit.
  const current = backupFolder(ctx.dataDir, settings);
  const forgettable = emptied.filter((folder) => folder !== current);
  if (forgettable.length > 0) {
    updateBackupSettingsFile(ctx.dataDir, (now) => ({
      knownFolders: now.knownFolders.filter((folder) => !forgettable.includes(folder)),
    }));
  }
  return { backupsRemoved, backup, unreachableFolders: [...unreachable] };
}

/**
 * Called inside the deletion's own transaction: moves the practice's "forgotten before" mark to
 * the deletion's time, so every backup made up to then is known to hold the family, from the
 * data file alone (a copy of the file carries the mark), before any backup folder is visited.
 */
export function markDeletionInData(ctx: ApiContext, at: string): void {
  markForgotten(connectionOf(ctx.db), at);
}
