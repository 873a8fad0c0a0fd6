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

function runUntilCommitting(dataDir: string): Promise<ChildProcess> {
  // `--import tsx` in the child itself: the tsx CLI would run the script in a grandchild that
  // SIGKILL does not reach.
  const process_ = spawn(process.execPath, ['--import', 'tsx', child, dataDir, String(FAMILIES)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    process_.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('committing')) resolve(process_);
    });
    process_.on('exit', (code) => reject(new Error(`child exited (${code}) before committing`)));
  });
}

function killAfter(childProcess: ChildProcess, ms: number): Promise<void> {
  return new Promise((resolve) => {
    childProcess.removeAllListeners('exit');
    childProcess.on('exit', () => resolve());
    setTimeout(() => childProcess.kill('SIGKILL'), ms);
  });
}

describe('a crash during a large import', () => {
  it.each([0, 40, 150, 400, 1200])(
    'SIGKILL %i ms into the commit: all families or none, integrity ok, audit chain intact',
    async (ms) => {
      const dataDir = tempDir();
      await killAfter(await runUntilCommitting(dataDir), ms);
      // No clean close: the start-up runs the full checks (quick_check and the audit chain).
      const database = openCaseportDatabase({ dataDir, migrationsFolder: realMigrations });
      try {
        expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        const families = database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get() as number;
        const spouses = database.sqlite.prepare('SELECT count(*) FROM dependants').pluck().get() as number;
        expect([0, FAMILIES]).toContain(families);
        expect(spouses).toBe(families);
      } finally {
        database.sqlite.close();
      }
    },
    120_000,
  );
});
