import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A note left in the data folder when Caseport closes the data file cleanly: its size, mtime,
 * header and schema step. When the next start finds the file exactly so, nothing but Caseport's
 * own committed transactions has touched it since the last check, and the full-file quick_check
 * (~1 s per 300 MB: most of a 100,000-client start) is skipped. After a crash, a copy, a restore
 * or any other program's edit the note no longer matches (or is gone) and the file is checked.
 * The note is removed as soon as the file is opened, so it never outlives the session that
 * trusted it. Bit rot on a file at rest is caught by the daily backup, which integrity-checks
 * the copy page for page.
 */
export const CLEAN_CLOSE_NOTE = '.caseport-clean-close.json';

interface CleanCloseNote {
  size: number;
  mtimeMs: number;
  header: string;
  schemaSteps: number;
}

function fingerprint(file: string): Omit<CleanCloseNote, 'schemaSteps'> | null {
  try {
    const stats = fs.statSync(file);
    const fd = fs.openSync(file, 'r');
    try {
      const header = Buffer.alloc(100);
      fs.readSync(fd, header, 0, 100, 0);
      return {
        size: stats.size,
        mtimeMs: stats.mtimeMs,
        header: createHash('sha256').update(header).digest('hex'),
      };
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** After the last connection closed: records the file as it was left, if it was left settled. */
export function noteCleanClose(file: string, schemaSteps: number): void {
  if (fs.existsSync(`${file}-wal`)) return; // another connection is still open: not the last close
  const print = fingerprint(file);
  if (!print) return;
  const note = path.join(path.dirname(file), CLEAN_CLOSE_NOTE);
  try {
    fs.writeFileSync(note, JSON.stringify({ ...print, schemaSteps }), { mode: 0o600 });
  } catch {
    // Without the note the next start simply checks the whole file.
  }
}

/** The schema step recorded at the last clean close, when the file is unchanged since; else null. */
export function unchangedSinceCleanClose(file: string): number | null {
  const notePath = path.join(path.dirname(file), CLEAN_CLOSE_NOTE);
  let note: CleanCloseNote;
  try {
    note = JSON.parse(fs.readFileSync(notePath, 'utf8')) as CleanCloseNote;
  } catch {
    return null;
  }
  const print = fingerprint(file);
  if (!print || print.size !== note.size || print.mtimeMs !== note.mtimeMs || print.header !== note.header)
    return null;
  return Number.isInteger(note.schemaSteps) ? note.schemaSteps : null;
}

export function forgetCleanClose(dataDir: string): void {
  fs.rmSync(path.join(dataDir, CLEAN_CLOSE_NOTE), { force: true });
}
