import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCaseportDatabase } from '../../../db/startup';
import { realMigrations, repoRoot, tempDir } from '../support/test-database';

/**
 * A crash (power cut, killed process) in the middle of a large import must leave either no
 * family of it or all of them, a file that passes integrity_check and an intact audit chain.
 * A child process commits an import of FAMILIES families; it is SIGKILLed at several moments.
 */
const FAMILIES = 1500;
const child = path.join(repoRoot, 'tests', 'unit', 'support', 'crash-import-child.ts');

/**
 * Starts the child and resolves once it prints `marker`: "committing" (the commit is about to
 * start) or "progress <n>" (n families written inside the commit's open transaction).
 */
function runUntil(dataDir: string, marker: string): Promise<ChildProcess> {
  // `--import tsx` in the child itself: the tsx CLI would run the script in a grandchild that
  // SIGKILL does not reach.
  const process_ = spawn(process.execPath, ['--import', 'tsx', child, dataDir, String(FAMILIES)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    process_.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(marker)) resolve(process_);
    });
    process_.on('exit', (code) => reject(new Error(`child exited (${code}) before "${marker}"`)));
  });
}

function killAfter(childProcess: ChildProcess, ms: number): Promise<void> {
  return new Promise((resolve) => {
    childProcess.removeAllListeners('exit');
    childProcess.on('exit', () => resolve());
    setTimeout(() => childProcess.kill('SIGKILL'), ms);
  });
}

/** What a killed import left: the file passes integrity_check (and the open's chain check). */
function familiesAfterCrash(dataDir: string): { families: number; spouses: number } {
  // No clean close: the start-up runs the full checks (quick_check and the audit chain).
  const database = openCaseportDatabase({ dataDir, migrationsFolder: realMigrations });
  try {
    expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    return {
      families: database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get() as number,
      spouses: database.sqlite.prepare('SELECT count(*) FROM dependants').pluck().get() as number,
    };
  } finally {
    database.sqlite.close();
  }
}

describe('a crash during a large import', () => {
  it.each([0, 40, 150, 400, 1200])(
    'SIGKILL %i ms after the commit starts: all families or none, integrity ok, audit chain intact',
    async (ms) => {
      const dataDir = tempDir();
      await killAfter(await runUntil(dataDir, 'committing'), ms);
      const { families, spouses } = familiesAfterCrash(dataDir);
      expect([0, FAMILIES]).toContain(families);
      expect(spouses).toBe(families);
    },
    120_000,
  );

  // Killed while the transaction is certainly open (the child reports from inside it): these
  // prove the kills above are not all landing before or after the commit.
  it.each([250, 750, 1500])(
    'SIGKILL once %i families are written inside the open transaction: none of them is kept',
    async (written) => {
      const dataDir = tempDir();
      await killAfter(await runUntil(dataDir, `progress ${written} `), 0);
      expect(familiesAfterCrash(dataDir)).toEqual({ families: 0, spouses: 0 });
    },
    120_000,
  );
});
