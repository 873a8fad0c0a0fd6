import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { repoRoot, tempDir } from '../support/test-database';

/**
 * `npm run seed` (README, Performance) writes through its own connection; it broke unnoticed
 * when the audit trail's trigger began calling functions only the app's connections register.
 */
it('npm run seed writes a small firm whose audit trail is sealed and chained', () => {
  const dataDir = path.join(tempDir(), 'firm');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/seed/seed.ts', '--clients', '30', '--data-dir', dataDir],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const sqlite = new Database(path.join(dataDir, 'caseport.sqlite'), { readonly: true });
  try {
    expect(sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(30);
    expect(sqlite.prepare("SELECT count(*) FROM audit_log WHERE chain = ''").pluck().get()).toBe(0);
  } finally {
    sqlite.close();
  }
}, 120_000);
