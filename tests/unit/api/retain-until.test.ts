import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMigrations } from '../../../db/migrate';
import { type OpenedDatabase, openDatabase } from '../../../db/open';
import type { Client } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createClient } from '../support/families';
import {
  ok,
  openTestDatabase,
  realMigrations,
  setUpFirm,
  steppingClock,
  tempDir,
  testContext,
} from '../support/test-database';

/**
 * The retain-until date is fixed when a file is closed: closing date (firm's zone) + max(the
 * firm's retention, 6 years). A later change of the setting moves no closed file, deletion
 * follows the stored date, and reopening clears it.
 */
let database: OpenedDatabase;
let ctx: ApiContext;
let now = 0;
beforeEach(async () => {
  now = Date.parse('2026-03-10T12:00:00.000Z');
  database = openTestDatabase();
  ctx = testContext(database, () => {
    now += 1000;
    return new Date(now);
  });
  await setUpFirm(ctx);
  // Settings and deletion are a lawyer's: the firm's one user becomes one.
  database.sqlite.prepare("UPDATE firm_users SET role = 'lawyer'").run();
});
afterEach(() => database.sqlite.close());

const stored = (id: number) =>
  database.sqlite.prepare('SELECT retain_until FROM clients WHERE id = ?').pluck().get(id) as string | null;
const at = (iso: string) => {
  now = Date.parse(iso);
};
const close = async (client: Client) =>
  ok<Client>(dispatch(ctx, 'clients.archive', { id: client.id, version: client.version, reason: 'Done' }));
const remove = (client: Client) =>
  dispatch(ctx, 'clients.delete', {
    id: client.id,
    reason: 'Retention over',
    confirmName: client.givenNames,
  });

describe('the retain-until date', () => {
  it('is the closing date in the firm zone + the retention, stored and returned; reopening clears it', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara' });
    // 23:00 on 10 March in Toronto is already 11 March in UTC: the firm's day counts.
    at('2026-03-11T03:00:00.000Z');
    const closed = await close(client);
    expect(closed.retainUntil).toBe('2032-03-10');
    expect(stored(client.id)).toBe('2032-03-10');

    const reopened = await ok<Client>(
      dispatch(ctx, 'clients.unarchive', { id: client.id, version: closed.version }),
    );
    expect(reopened).toMatchObject({ archivedAt: null, retainUntil: null });
    expect(stored(client.id)).toBeNull();
  });

  it("uses the firm's longer retention at closing; a later raise or lowering changes nothing", async () => {
    await ok(dispatch(ctx, 'settings.update', { retentionYears: 8 }));
    const client = await createClient(ctx, { givenNames: 'Bo' });
    const closed = await close(client);
    expect(closed.retainUntil).toBe('2034-03-10');

    await ok(dispatch(ctx, 'settings.update', { retentionYears: 6 }));
    expect(stored(client.id)).toBe('2034-03-10');
    await ok(dispatch(ctx, 'settings.update', { retentionYears: 12 }));
    expect(stored(client.id)).toBe('2034-03-10');

    // Lowered to 6: 2032 would have been enough under the new setting, but the file keeps 2034.
    at('2033-06-01T12:00:00.000Z');
    expect(await remove(closed)).toMatchObject({ ok: false, error: { code: 'RETENTION' } });
    expect(database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1);
  });

  it('a setting raised after closing does not hold the file longer than its stored date', async () => {
    const client = await createClient(ctx, { givenNames: 'Cy' });
    const closed = await close(client);
    await ok(dispatch(ctx, 'settings.update', { retentionYears: 20 }));
    at('2032-03-10T14:00:00.000Z');
    await ok(remove(closed));
    expect(database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);
  });

  it('refuses deletion the day before the date and allows it on the date', async () => {
    const client = await createClient(ctx, { givenNames: 'Dee' });
    const closed = await close(client);
    expect(closed.retainUntil).toBe('2032-03-10');
    // 9 March, 23:30 in Toronto.
    at('2032-03-10T03:30:00.000Z');
    const early = await remove(closed);
    expect(early).toMatchObject({ ok: false, error: { code: 'RETENTION' } });
    if (!early.ok) expect(early.error.message).toContain('2032-03-10');
    at('2032-03-10T05:00:00.000Z');
    await ok(remove(closed));
  });

  it('never allows deletion earlier than 6 years after closing, whatever the stored date says', async () => {
    const client = await createClient(ctx, { givenNames: 'Eve' });
    const closed = await close(client);
    database.sqlite.prepare("UPDATE clients SET retain_until = '2027-01-01' WHERE id = ?").run(client.id);
    at('2031-01-01T12:00:00.000Z');
    expect(await remove(closed)).toMatchObject({ ok: false, error: { code: 'RETENTION' } });
  });

  it('still refuses a clock earlier than the newest audit entry', async () => {
    const client = await createClient(ctx, { givenNames: 'Fay' });
    const closed = await close(client);
    at('2033-01-01T00:00:00.000Z');
    await createClient(ctx, { givenNames: 'Later' });
    at('2032-06-01T00:00:00.000Z');
    expect(await remove(closed)).toMatchObject({ ok: false, error: { code: 'RETENTION' } });
  });
});

/** The migrations folder as the version before retain-until shipped it. */
function migrationsBeforeRetainUntil(): string {
  const folder = path.join(tempDir('caseport-migrations-'), 'migrations');
  fs.cpSync(realMigrations, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((e) => e.tag.startsWith('0018_'));
  expect(index).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, index);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describe('the migration that adds retain-until', () => {
  const seed = (sqlite: OpenedDatabase['sqlite'], name: string, archivedAt: string | null) =>
    sqlite
      .prepare(
        "INSERT INTO clients (given_names, name_key, archived_at, archive_reason, created_at, updated_at) VALUES (?, ?, ?, 'Done', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')",
      )
      .run(name, name.toLowerCase(), archivedAt);

  const migrate = (retentionSetting: number | null) => {
    const dataDir = tempDir();
    const old = openDatabase({
      dataDir,
      migrationsFolder: migrationsBeforeRetainUntil(),
      now: steppingClock(),
    });
    seed(old.sqlite, 'Closed', '2021-05-04T18:00:00.000Z');
    seed(old.sqlite, 'Open', null);
    if (retentionSetting !== null)
      old.sqlite
        .prepare("INSERT INTO settings (key, value) VALUES ('retentionYears', ?)")
        .run(JSON.stringify(retentionSetting));
    old.sqlite.close();
    const latest = openDatabase({ dataDir, migrationsFolder: realMigrations, now: steppingClock() });
    expect(latest.schemaVersion).toBe(readMigrations(realMigrations).length);
    const rows = latest.sqlite.prepare('SELECT given_names, retain_until FROM clients ORDER BY id').all();
    latest.sqlite.close();
    return rows;
  };

  it('backfills a closed file from its closing date + the stored retention setting', () => {
    expect(migrate(9)).toEqual([
      { given_names: 'Closed', retain_until: '2030-05-04' },
      { given_names: 'Open', retain_until: null },
    ]);
  });

  it('uses the 6-year minimum when no setting is stored, or one below it', () => {
    expect(migrate(null)[0]).toEqual({ given_names: 'Closed', retain_until: '2027-05-04' });
    expect(migrate(2)[0]).toEqual({ given_names: 'Closed', retain_until: '2027-05-04' });
  });
});
