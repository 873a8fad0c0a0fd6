import { listBackups, removeBackup } from '../../db/backup/storage';
import { connectionOf } from '../../db/open';
import type { ApiContext } from '../data-service/context';
import { backUpNow } from './backups';
import { folderOf } from './entries';

export interface Forgotten {
  /** Older backups removed because they still held the deleted family. */
  backupsRemoved: number;
  /** The fresh backup that replaces them; null when the backup folder could not be reached. */
  backup: string | null;
}

/**
 * After a family is deleted for good, its data must not survive anywhere Caseport wrote it:
 * the deleted rows are already overwritten (secure_delete) and its audit key is gone; here the
 * search index is merged, the WAL (which still holds earlier page images) is checkpointed and
 * truncated, and every backup made before the deletion (they all hold the family) is replaced by one fresh verified backup.
 */
export async function forgetEverywhere(ctx: ApiContext): Promise<Forgotten> {
  const sqlite = connectionOf(ctx.db);
  // The search index keeps a deleted row's tokens in its segments (and prefix indexes) until
  // they are merged; merging them all rewrites the index without them, and secure_delete
  // overwrites the pages the old segments used.
  sqlite.prepare("INSERT INTO people_search(people_search) VALUES ('optimize')").run();
  const result = sqlite.pragma('wal_checkpoint(TRUNCATE)', { simple: false }) as { busy: number }[];
  if (result[0]?.busy) sqlite.pragma('wal_checkpoint(RESTART)');
  let fresh: Awaited<ReturnType<typeof backUpNow>>;
  try {
    fresh = await backUpNow(ctx, 'manual');
  } catch {
    // An unplugged backup disk: its old copies are removed the next time a deletion reaches it.
    return { backupsRemoved: 0, backup: null };
  }
  if (!fresh.verified) return { backupsRemoved: 0, backup: fresh.name };
  const folder = folderOf(ctx.dataDir);
  const older = listBackups(folder).filter(
    (backup) => backup.name !== fresh.name && backup.createdAt <= fresh.createdAt,
  );
  for (const backup of older) removeBackup(folder, backup.name);
  return { backupsRemoved: older.length, backup: fresh.name };
}
