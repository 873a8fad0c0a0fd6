import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { connectionOf, type OpenedDatabase } from '../../../db/open';
import { openCaseportDatabase } from '../../../db/startup';
import type { Client, ImportBatch } from '../../../main/contract';
import { dispatch } from '../../../main/data-service/dispatch';
import { DataService } from '../../../main/data-service/service';
import { createLogger } from '../../../main/logging/logger';
import { ok, realMigrations, setUpFirm, tempDir, testContext } from '../support/test-database';

/**
 * A CSV import left half-way (window closed, app quit) keeps whole rows of personal data in the
 * staging tables. It must not linger in the file, nor outlive a family deleted after retention.
 */
let database: OpenedDatabase;
afterEach(() => {
  if (database?.sqlite.open) database.sqlite.close();
});

let nowMs = 0;
const clock = () => {
  nowMs += 1000;
  return new Date(nowMs);
};
const staged = () =>
  database.sqlite
    .prepare('SELECT (SELECT count(*) FROM import_rows) + (SELECT count(*) FROM import_batches)')
    .pluck()
    .get() as number;

async function halfImport(ctx: ReturnType<typeof testContext>, passport: string): Promise<void> {
  const header = ['Family', 'Relationship', 'Given names', 'Family name', 'Passport number'];
  const batch = await ok<ImportBatch>(dispatch(ctx, 'imports.begin', { fileName: 'families.csv', header }));
  await ok(
    dispatch(ctx, 'imports.addRows', {
      batchId: batch.batchId,
      rows: [{ rowNumber: 2, cells: ['F1', 'principal', 'Ottilie', 'Brandvold', passport] }],
    }),
  );
}

it('an import abandoned more than a day ago is dropped when the app starts', async () => {
  nowMs = Date.parse('2026-03-02T15:00:00.000Z');
  const dataDir = tempDir();
  database = openCaseportDatabase({ dataDir, migrationsFolder: realMigrations, now: clock });
  const ctx = testContext(database, clock);
  await setUpFirm(ctx);
  await halfImport(ctx, 'KV2290183');
  database.sqlite.close();

  /** The app's data service started at `at`: how much staged import is left. */
  const stagedAfterStartAt = (at: string): number => {
    const service = DataService.start({
      role: 'primary',
      options: {
        workerFile: '',
        dataDir,
        migrationsFolder: realMigrations,
        appVersion: 'test',
        clockOffsetMs: Date.parse(at) - Date.now(),
        logFile: path.join(dataDir, 'logs', 'caseport.log'),
        reminders: false,
      },
      post: () => {},
      log: createLogger('test', () => {}),
    });
    if (!service) throw new Error('service did not start');
    const left = connectionOf(service.ctx.db)
      .prepare('SELECT (SELECT count(*) FROM import_rows) + (SELECT count(*) FROM import_batches)')
      .pluck()
      .get() as number;
    service.close();
    return left;
  };
  // Next morning, an hour short of a day: still someone's import in progress.
  expect(stagedAfterStartAt('2026-03-03T14:00:00.000Z')).toBeGreaterThan(0);
  // Two days on: abandoned, dropped.
  expect(stagedAfterStartAt('2026-03-04T16:00:00.000Z')).toBe(0);
});

it('deleting a family after retention drops imports in progress, which may hold its rows', async () => {
  nowMs = Date.parse('2026-03-02T15:00:00.000Z');
  database = openCaseportDatabase({ dataDir: tempDir(), migrationsFolder: realMigrations, now: clock });
  const ctx = testContext(database, clock);
  await setUpFirm(ctx);
  const lawyer = await ok<{ id: number }>(
    dispatch(ctx, 'users.create', { displayName: 'Lena Lawyer', initials: 'LL', role: 'lawyer' }),
  );
  await ok(dispatch(ctx, 'session.setUser', { userId: lawyer.id }));
  const client = await ok<Client>(
    dispatch(ctx, 'clients.create', { givenNames: 'Ottilie', familyName: 'Brandvold' }),
  );
  await ok(
    dispatch(ctx, 'clients.archive', { id: client.id, version: client.version, reason: 'Matter completed' }),
  );

  nowMs = Date.parse('2033-03-03T15:00:00.000Z');
  await halfImport(ctx, 'KV2290183');
  expect(staged()).toBeGreaterThan(0);
  await ok(
    dispatch(ctx, 'clients.delete', {
      id: client.id,
      reason: 'Retention period over',
      confirmName: 'Brandvold, Ottilie',
    }),
  );
  expect(staged()).toBe(0);
});
