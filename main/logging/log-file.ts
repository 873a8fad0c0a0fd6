import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';

/**
 * The log file in the data folder: logs/caseport.log, rotated at 5 MB, five old files kept, so
 * support can ask for it and it never fills a disk. Readable by the user only (it holds ids and
 * timings, not client data, but it is still the firm's business).
 */
export const LOG_FOLDER = 'logs';
export const LOG_FILE_NAME = 'caseport.log';

export interface LogFile {
  file: string;
  write(line: string): void;
  close(): Promise<void>;
}

export function logFilePath(dataDir: string): string {
  return path.join(dataDir, LOG_FOLDER, LOG_FILE_NAME);
}

export function openLogFile(dataDir: string): LogFile {
  // Never create a data folder whose parent is gone just to log: a missing folder (a USB disk
  // not plugged in) must reach the start-up checks as missing (db/file-checks.ts uses the same
  // rule), not become a new empty practice. The log goes to the temp folder meanwhile.
  const parentMissing = !fs.existsSync(dataDir) && !fs.existsSync(path.dirname(path.resolve(dataDir)));
  const folder = parentMissing ? path.join(os.tmpdir(), 'caseport-logs') : path.join(dataDir, LOG_FOLDER);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stream: RotatingFileStream = createStream(LOG_FILE_NAME, {
    path: folder,
    size: '5M',
    maxFiles: 5,
    mode: 0o600,
  });
  // A log that cannot be written must never stop the app.
  stream.on('error', () => {});
  return {
    file: path.join(folder, LOG_FILE_NAME),
    write(line) {
      stream.write(line.endsWith('\n') ? line : `${line}\n`);
    },
    close() {
      return new Promise((resolve) => stream.end(() => resolve()));
    },
  };
}
