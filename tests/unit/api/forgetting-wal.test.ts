import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it, vi } from 'vitest';
import { connectionOf, DATABASE_FILE_NAME, type OpenedDatabase } from '../../../db/open';
import { truncateWal } from '../../../main/backups/forget';
import { dispatch } from '../../../main/data-service/dispatch';
import { ok, openTestDatabase, setUpFirm, tempDir, testContext } from '../support/test-database';

/**
 * After a deletion the WAL, which still holds earlier images of the deleted family's pages, is
 * emptied. A reader holding an older snapshot (the background data check, a long import) blocks
 * that for a while: the WAL must be emptied as soon as the reader is done, without the data
 * service's thread waiting on it meanwhile.
 */
let database: OpenedDatabase;
let reader: Database.Database | null = null;
afterEach(() => {
  reader?.close();
  database?.sqlite.close();
});

it('empties the WAL once a reader that blocked it lets go, without waiting on it', async () => {
  const dataDir = tempDir();
  database = openTestDatabase(dataDir);
  const ctx = testContext(database);
  await setUpFirm(ctx);
  await ok(dispatch(ctx, 'clients.create', { givenNames: 'Wilhelmina', familyName: 'Strozzapreti' }));
  const wal = path.join(dataDir, `${DATABASE_FILE_NAME}-wal`);
  expect(fs.statSync(wal).size).toBeGreaterThan(0);

  // Another connection reads with an open snapshot.
  reader = new Database(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM clients').get();

  const started = performance.now();
  expect(truncateWal(connectionOf(database.db), { everyMs: 20, forMs: 10_000 })).toBe(false);
  // It did not sit in the busy handler (5 s) waiting for the reader.
  expect(performance.now() - started).toBeLessThan(1000);
  expect(fs.statSync(wal).size).toBeGreaterThan(0);

  reader.exec('COMMIT');
  await vi.waitFor(() => expect(fs.statSync(wal).size).toBe(0), { timeout: 5000, interval: 20 });
  // The everyday wait for locks is back as it was.
  expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
});
