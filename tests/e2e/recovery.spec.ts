import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { createBackupSync } from '../../db/backup/storage';
import { migrationsFolder } from '../../db/migrate';
import { DATABASE_FILE_NAME } from '../../db/open';
import { openCaseportDatabase } from '../../db/startup';
import { expectAccessible } from './fixtures';
import { ownProcesses, repoRoot, startPreview, stopOwnPreviews } from './own-preview';

/**
 * Each bad data file, served through the preview as the desktop app would: the recovery screen
 * for that problem appears, the file stays byte-identical and nothing appears beside it. These
 * tests plant the bad file BEFORE the server starts, so they start their own server.
 */
test.afterEach(stopOwnPreviews);

/** A separate process that opens the file, starts a change and keeps it open until killed. */
function holdWriteLock(file: string): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE clients SET given_names = 'Editing' WHERE given_names = 'Amara'").run();
    console.log('holding');
    setInterval(() => db.inTransaction, 1000);
  `;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  ownProcesses.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('holding')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
}

/** A real practice with two clients and one verified backup, closed. */
function practice(dataDir: string): string {
  const database = openCaseportDatabase({ dataDir, migrationsFolder: migrationsFolder(repoRoot) });
  const insert = database.sqlite.prepare(
    "INSERT INTO clients (given_names, family_name, name_key, created_at, updated_at) VALUES (?, 'Okafor', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
  );
  for (const name of ['Amara', 'Chidi']) insert.run(name, `okafor\u0001${name.toLowerCase()}`);
  createBackupSync(database.sqlite, {
    folder: path.join(dataDir, 'backups'),
    workDir: dataDir,
    kind: 'manual',
    at: new Date('2026-04-01T12:00:00Z'),
    passphrase: null,
  });
  database.sqlite.close();
  return path.join(dataDir, DATABASE_FILE_NAME);
}

/**
 * The data folder's entries and the bytes of each file in it. `logs/` is left out: it is the
 * preview's own log folder (the desktop app writes it too), not a companion of the data file.
 */
function snapshot(dataDir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of fs.readdirSync(dataDir).sort()) {
    if (name === 'logs') continue;
    const full = path.join(dataDir, name);
    entries[name] = fs.statSync(full).isFile()
      ? createHash('sha256').update(fs.readFileSync(full)).digest('hex')
      : 'folder';
  }
  return entries;
}

const cases: { name: string; heading: string; spoil: (file: string) => void }[] = [
  {
    name: 'a file truncated 1,000 bytes short',
    heading: 'The data file is damaged',
    spoil: (file) => fs.truncateSync(file, fs.statSync(file).size - 1000),
  },
  { name: 'a 0-byte file', heading: 'The data file is empty', spoil: (file) => fs.writeFileSync(file, '') },
  {
    name: 'garbage',
    heading: 'This is not a Caseport data file',
    spoil: (file) => fs.writeFileSync(file, Buffer.alloc(32 * 1024, 'garbage ')),
  },
  {
    name: 'a file from a newer version',
    heading: 'A newer Caseport wrote this data',
    spoil: (file) => {
      const sqlite = new Database(file);
      sqlite.prepare("INSERT INTO caseport_migrations VALUES (999, 'future', 0, '2030-01-01')").run();
      sqlite.close();
    },
  },
  {
    name: 'a read-only file',
    heading: 'Caseport cannot save to the data file',
    spoil: (file) => fs.chmodSync(file, 0o444),
  },
  {
    name: 'a change history altered with a database tool',
    heading: 'The change history was altered',
    spoil: (file) => {
      // Two entries written by Caseport (sealed and chained by its trigger)...
      const database = openCaseportDatabase({
        dataDir: path.dirname(file),
        migrationsFolder: migrationsFolder(repoRoot),
      });
      const entry = database.sqlite.prepare(
        "INSERT INTO audit_log (at, entity, entity_id, action, changes, note) VALUES ('2026-04-01T12:00:00.000Z', 'settings', 1, 'update', '{}', ?)",
      );
      entry.run('first');
      entry.run('second');
      database.sqlite.close();
      // ...then a tool drops the guard, rewrites the first and puts the guard back.
      const raw = new Database(file);
      const guard = raw
        .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'")
        .pluck()
        .get() as string;
      raw.exec('DROP TRIGGER audit_log_no_update');
      raw.prepare("UPDATE audit_log SET note = 'rewritten' WHERE note = 'first'").run();
      raw.exec(guard);
      raw.close();
    },
  },
  {
    name: 'a folder where the file should be',
    heading: 'The data file is missing',
    spoil: (file) => {
      fs.rmSync(file);
      fs.mkdirSync(file);
    },
  },
];

for (const { name, heading, spoil } of cases) {
  test(`${name}: its recovery screen, the file byte-identical, nothing beside it`, async ({
    page,
  }, testInfo) => {
    const dataDir = testInfo.outputPath('data');
    const file = practice(dataDir);
    spoil(file);
    const before = snapshot(dataDir);
    await page.goto(await startPreview(dataDir));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(
      page.getByText('Caseport did not change the file and added nothing beside it.'),
    ).toBeVisible();
    await expect(page.getByText(dataDir)).toBeVisible();
    await expectAccessible(page);
    expect(snapshot(dataDir)).toEqual(before);
  });
}

test('a file locked by another program: its screen at once, and Try again opens it once released', async ({
  page,
}, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  const file = practice(dataDir);
  // Another program (a database viewer, say) in the middle of a change, holding the write lock.
  // It runs in its own process: POSIX locks belong to a process, and this test's own reads of
  // the folder would release a lock held here.
  const other = await holdWriteLock(file);
  const before = snapshot(dataDir);
  await page.goto(await startPreview(dataDir));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Another program is using the data file' }),
  ).toBeVisible();
  // The other program's own -wal/-shm were already there; nothing was added and no byte changed.
  expect(snapshot(dataDir)).toEqual(before);
  await new Promise<void>((resolve) => {
    other.once('exit', () => resolve());
    other.kill('SIGTERM');
  });
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Set up Caseport' })).toBeVisible({ timeout: 30_000 });
});

test('a damaged file: restoring the latest verified backup keeps the damaged file aside and opens the practice', async ({
  page,
}, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  const file = practice(dataDir);
  fs.truncateSync(file, fs.statSync(file).size - 1000);
  const damaged = fs.readFileSync(file);
  await page.goto(await startPreview(dataDir));
  await expect(page.getByText(/Latest verified backup: .*2 clients/)).toBeVisible();
  // Other screens' calls are refused while the file is refused.
  const refused = await page.evaluate(() => window.caseport?.invoke('clients.list', {}));
  expect(refused).toMatchObject({ ok: false, error: { code: 'RECOVERY' } });

  await page.getByRole('button', { name: 'Restore the latest verified backup' }).click();
  // The restored practice has no firm set up yet (the backup was made before setup).
  await expect(page.getByRole('heading', { name: 'Set up Caseport' })).toBeVisible({ timeout: 30_000 });
  const aside = fs.readdirSync(dataDir).find((entry) => entry.startsWith('caseport-refused-'));
  expect(aside).toBeDefined();
  expect(fs.readFileSync(path.join(dataDir, aside as string)).equals(damaged)).toBe(true);
  const restored = new Database(file, { readonly: true });
  expect(restored.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);
  restored.close();
});
