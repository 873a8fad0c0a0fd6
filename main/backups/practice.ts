import {
  laterMark,
  newPracticeId,
  practiceNeverHadClients,
  readForgottenBefore,
  readPracticeId,
  markForgotten as writeMark,
  writePracticeId,
} from '../../db/backup/practice';
import { readBackupSettings, updateBackupSettingsFile } from '../../db/backup/settings-file';
import { connectionOf } from '../../db/open';
import type { ApiContext } from '../data-service/context';

export interface PracticeView {
  practiceId: string | null;
  /** The latest retention deletion; backups made up to then hold a deleted family. */
  forgottenBefore: string | null;
}

/** What the data folder's settings file says (readable when the data file is not). */
export function practiceViewOf(dataDir: string): PracticeView {
  const { practiceId, forgottenBefore } = readBackupSettings(dataDir);
  return { practiceId, forgottenBefore };
}

/**
 * The open practice's id and deletion mark, with the settings file brought in line. The data
 * file is the truth; the file's copy fills a gap: a data file without an id yet (a restored
 * backup from before practices had ids is the same practice as the folder it is restored
 * into) takes the folder's, and a later deletion mark recorded for the same practice is kept.
 */
export function practiceOf(ctx: ApiContext): { practiceId: string; forgottenBefore: string | null } {
  const sqlite = connectionOf(ctx.db);
  const mirror = readBackupSettings(ctx.dataDir);
  let practiceId = readPracticeId(sqlite);
  const samePractice = practiceId === null || practiceId === mirror.practiceId;
  if (practiceId === null) {
    practiceId = mirror.practiceId ?? newPracticeId();
    writePracticeId(sqlite, practiceId);
  }
  const stored = readForgottenBefore(sqlite);
  const forgottenBefore = samePractice ? laterMark(stored, mirror.forgottenBefore) : stored;
  if (forgottenBefore !== null && forgottenBefore !== stored) writeMark(sqlite, forgottenBefore);
  if (mirror.practiceId !== practiceId || mirror.forgottenBefore !== forgottenBefore) {
    updateBackupSettingsFile(ctx.dataDir, () => ({ practiceId, forgottenBefore }));
  }
  return { practiceId, forgottenBefore };
}

/** A practice that never had a family (a new computer): bringing in another practice's backup is moving in. */
export function practiceIsEmpty(ctx: ApiContext): boolean {
  return practiceNeverHadClients(connectionOf(ctx.db));
}
