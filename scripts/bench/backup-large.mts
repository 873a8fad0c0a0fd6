/**
 * Times one verified backup of a large practice and reports the peak memory, so the cost of
 * backups on a big data file is measured, not guessed. Usage:
 *   npx tsx scripts/bench/backup-large.mts <data file> [code root]
 * The data file is copied first (never opened in place); `code root` (default: this checkout)
 * lets the same run be made against an older checkout for a before/after comparison.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const [source, root = path.resolve(import.meta.dirname, '..', '..')] = process.argv.slice(2);
if (!source) throw new Error('usage: backup-large.mts <data file> [code root]');
const Database = createRequire(path.join(root, 'package.json'))('better-sqlite3');
const { createBackup } = await import(path.join(root, 'db/backup/storage.ts'));
const { verifyBackup } = await import(path.join(root, 'db/backup/verify.ts'));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-bench-backup-'));
try {
  const dataFile = path.join(work, 'caseport.sqlite');
  fs.copyFileSync(source, dataFile);
  const sqlite = new Database(dataFile);
  const started = performance.now();
  const manifest = await createBackup(sqlite, {
    folder: path.join(work, 'backups'),
    workDir: work,
    kind: 'manual',
    at: new Date(Date.UTC(2026, 0, 1)),
    passphrase: null,
    practiceId: null,
  });
  const seconds = (performance.now() - started) / 1000;
  sqlite.close();
  // "Check again" on that backup alone: the verification without the copy.
  const checkStarted = performance.now();
  const check = verifyBackup(path.join(work, 'backups', manifest.name), null, work);
  const checkSeconds = (performance.now() - checkStarted) / 1000;
  console.log(
    JSON.stringify({
      sizeBytes: manifest.sizeBytes,
      verified: manifest.verification.ok,
      detail: manifest.verification.detail,
      seconds: Number(seconds.toFixed(1)),
      checkAgain: { ok: check.ok, seconds: Number(checkSeconds.toFixed(1)) },
      // Peak resident memory of the whole run (backup and check).
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
