import fs from 'node:fs';
import path from 'node:path';
import { allBackupFolders, readBackupSettings } from './settings-file';
import { shred } from './storage';

/** Plaintext working copies a backup or its check makes in the data folder (storage.ts, verify.ts). */
const WORKING_COPY = /^\.backup-(in-progress|verify)-\d+-[0-9a-f]{8}\.sqlite$/;
/** A backup still being written is `<name>.partial` until it is renamed into place. */
const PARTIAL = /^caseport-.*\.sqlite(\.enc)?\.partial$/;
/** Another practice sharing the backup folder may be writing one now; a day old, it is dead. */
const PARTIAL_DEAD_AFTER_MS = 24 * 3600 * 1000;

/**
 * What a backup interrupted by a crash or a power cut left behind: whole plaintext copies of
 * the practice in the data folder (which may still hold a family deleted since), and
 * half-written backups in the backup folders. Run at start, when no backup of this practice is
 * running: the working copies are overwritten and removed; a half-written backup is removed once
 * a day old. Returns the names removed.
 */
export function removeBackupLeftovers(dataDir: string, now: Date): string[] {
  const removed: string[] = [];
  for (const name of fs.readdirSync(dataDir)) {
    if (!WORKING_COPY.test(name)) continue;
    shred(path.join(dataDir, name));
    removed.push(name);
  }
  for (const folder of allBackupFolders(dataDir, readBackupSettings(dataDir))) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue; // an unplugged disk: cleaned at a later start
    }
    for (const name of names) {
      if (!PARTIAL.test(name)) continue;
      const file = path.join(folder, name);
      if (now.getTime() - fs.statSync(file).mtimeMs < PARTIAL_DEAD_AFTER_MS) continue;
      fs.rmSync(file, { force: true });
      removed.push(name);
    }
  }
  return removed;
}
