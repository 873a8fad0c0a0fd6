import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, DATABASE_FILE_NAME, type OpenedDatabase } from '../../../db/open';
import { openCaseportDatabase } from '../../../db/startup';
import type { AuditEntry, BackupEntry, Client } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import {
  ok,
  openTestDatabase,
  realMigrations,
  setUpFirm,
  tempDir,
  testContext,
} from '../support/test-database';

/** A clock the test moves: the file is closed in 2026 and deleted once 6 years have passed. */
let nowMs = Date.parse('2026-03-02T15:00:00.000Z');
const clock = () => {
  nowMs += 1000;
  return new Date(nowMs);
};

let database: OpenedDatabase;
let ctx: ApiContext;
let dataDir: string;
let lawyerId: number;

beforeEach(async () => {
  nowMs = Date.parse('2026-03-02T15:00:00.000Z');
  dataDir = tempDir();
  database = openTestDatabase(dataDir);
  ctx = testContext(database, clock);
  await setUpFirm(ctx);
  lawyerId = (
    await ok<{ id: number }>(
      dispatch(ctx, 'users.create', { displayName: 'Lena Lawyer', initials: 'LL', role: 'lawyer' }),
    )
  ).id;
  await ok(dispatch(ctx, 'session.setUser', { userId: lawyerId }));
});
afterEach(() => {
  if (database.sqlite.open) database.sqlite.close();
});

// Values that appear nowhere else in the data, so a byte search finds only this family.
const PASSPORT = 'QX7730981';
const GIVEN = 'Zephyrine';
const FAMILY = 'Quaxleyová';
const BIRTH = '1987-03-14';
const SPOUSE = 'Ottoline';

async function closedFamily(): Promise<Client> {
  const client = await ok<Client>(
    dispatch(ctx, 'clients.create', {
      givenNames: GIVEN,
      familyName: FAMILY,
      dateOfBirth: BIRTH,
      passports: [{ number: PASSPORT, issuingCountry: 'CZ', issuedOn: null, expiresOn: '2031-01-01' }],
    }),
  );
  await ok(
    dispatch(ctx, 'dependants.create', {
      clientId: client.id,
      relationship: 'spouse',
      givenNames: SPOUSE,
      familyName: FAMILY,
    }),
  );
  const edited = await ok<Client>(
    dispatch(ctx, 'clients.update', { id: client.id, version: client.version, preferredName: `${GIVEN} Q.` }),
  );
  return ok<Client>(
    dispatch(ctx, 'clients.archive', { id: edited.id, version: edited.version, reason: 'Matter completed' }),
  );
}

/** Every byte Caseport keeps for this data folder: the file, its WAL and every backup. */
function storedBytes(): { name: string; text: string }[] {
  const files = [DATABASE_FILE_NAME, `${DATABASE_FILE_NAME}-wal`].map((name) => path.join(dataDir, name));
  const backups = path.join(dataDir, 'backups');
  if (fs.existsSync(backups))
    for (const name of fs.readdirSync(backups)) files.push(path.join(backups, name));
  // latin1 keeps every byte; lowercased, because the search index stores folded tokens.
  return files
    .filter((file) => fs.existsSync(file))
    .map((file) => ({
      name: path.basename(file),
      text: fs.readFileSync(file).toString('latin1').toLowerCase(),
    }));
}

function utf8Needles(): string[] {
  return [PASSPORT, GIVEN, 'quaxley', SPOUSE, BIRTH].map((value) =>
    Buffer.from(value.toLowerCase(), 'utf8').toString('latin1'),
  );
}

describe('forgetting a family after retention', () => {
  it('leaves no byte of its passport number, names or date of birth in the file, its WAL or any backup', async () => {
    const client = await closedFamily();
    const before = await ok<BackupEntry>(dispatch(ctx, 'backups.create', {}));
    expect(before.counts?.clients).toBe(1);
    // Before deletion the data is there (the search is not vacuous).
    expect(storedBytes().some(({ text }) => text.includes(PASSPORT.toLowerCase()))).toBe(true);

    nowMs = Date.parse('2032-03-03T15:00:00.000Z');
    await ok(
      dispatch(ctx, 'clients.delete', {
        id: client.id,
        reason: 'Retention period over',
        confirmName: `${FAMILY}, ${GIVEN}`,
      }),
    );

    // The audit trail still proves who did what and when, without the values.
    const trail = await ok<AuditEntry[]>(dispatch(ctx, 'audit.list', { clientId: client.id, limit: 100 }));
    expect(trail[0]?.action).toBe('delete');
    expect(trail.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['archive', 'update', 'create']),
    );
    expect(trail.every((entry) => entry.userId === lawyerId)).toBe(true);
    expect(JSON.stringify(trail)).not.toContain(GIVEN);

    // Inspect the data as the app left it running, then closed.
    for (const { name, text } of storedBytes())
      for (const needle of utf8Needles()) expect(text.includes(needle), `${needle} in ${name}`).toBe(false);
    closeDatabase(database.sqlite);
    for (const { name, text } of storedBytes())
      for (const needle of utf8Needles()) expect(text.includes(needle), `${needle} in ${name}`).toBe(false);
    // The backup made before the deletion is gone; a fresh verified one replaces it.
    const backups = fs.readdirSync(path.join(dataDir, 'backups')).filter((name) => name.endsWith('.sqlite'));
    expect(backups).not.toContain(before.name);
    expect(backups).toHaveLength(1);
    // The data file still opens and its audit chain verifies.
    database = openCaseportDatabase({ dataDir, migrationsFolder: realMigrations, now: clock });
    expect(database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);
  });
});

describe('a data file refused at start-up and kept aside for support', () => {
  it('is overwritten and removed by a deletion after retention: it holds the deleted family too', async () => {
    const client = await closedFamily();
    // What the recovery screen's restore keeps aside: the refused file, the family in it.
    const refused = path.join(dataDir, 'caseport-refused-20260301T120000000Z.sqlite');
    fs.copyFileSync(path.join(dataDir, DATABASE_FILE_NAME), refused);
    fs.appendFileSync(refused, PASSPORT);
    nowMs = Date.parse('2032-03-03T15:00:00.000Z');
    await ok(
      dispatch(ctx, 'clients.delete', {
        id: client.id,
        reason: 'Retention period over',
        confirmName: `${FAMILY}, ${GIVEN}`,
      }),
    );
    expect(fs.existsSync(refused)).toBe(false);
  });
});

describe('retention and roles', () => {
  it('refuses a retention below the 6-year minimum', async () => {
    const result = await dispatch(ctx, 'settings.update', { retentionYears: 1 });
    expect(result).toMatchObject({
      ok: false,
      error: { fields: { retentionYears: 'validation.retentionMinimum' } },
    });
  });

  it("refuses an assistant's deletion and an assistant's change of retention", async () => {
    const client = await closedFamily();
    const assistant = await ok<{ id: number }>(
      dispatch(ctx, 'users.create', { displayName: 'Ari Assistant', initials: 'AA', role: 'assistant' }),
    );
    await ok(dispatch(ctx, 'session.setUser', { userId: assistant.id }));
    expect(await dispatch(ctx, 'settings.update', { retentionYears: 10 })).toMatchObject({
      ok: false,
      error: { code: 'ROLE' },
    });
    nowMs = Date.parse('2033-01-01T00:00:00.000Z');
    const result = await dispatch(ctx, 'clients.delete', {
      id: client.id,
      reason: 'x',
      confirmName: `${FAMILY}, ${GIVEN}`,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'ROLE' } });
    expect(database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1);
  });

  it('refuses a deletion when the clock is earlier than the newest audit entry', async () => {
    const client = await closedFamily();
    // Someone worked in 2033 (the clock then was right)...
    nowMs = Date.parse('2033-01-01T00:00:00.000Z');
    await ok(dispatch(ctx, 'clients.create', { givenNames: 'Later' }));
    // ...and now the computer claims it is 2032.
    nowMs = Date.parse('2032-06-01T00:00:00.000Z');
    const result = await dispatch(ctx, 'clients.delete', {
      id: client.id,
      reason: 'x',
      confirmName: `${FAMILY}, ${GIVEN}`,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'RETENTION' } });
  });
});

describe('the audit trail resists tampering', () => {
  it('refuses INSERT OR REPLACE over an existing entry', () => {
    const first = database.sqlite.prepare('SELECT * FROM audit_log ORDER BY id LIMIT 1').get() as {
      id: number;
    };
    expect(() =>
      database.sqlite
        .prepare(
          "INSERT OR REPLACE INTO audit_log (id, at, entity, entity_id, action, changes) VALUES (?, 'x', 'x', 1, 'x', '{}')",
        )
        .run(first.id),
    ).toThrow(/append-only/);
  });

  it('detects an entry altered outside Caseport at the next start-up', async () => {
    await closedFamily();
    database.sqlite.close();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const raw = new Database(file);
    // A database tool that drops the guard, rewrites who made a change, and puts the guard back.
    const guard = raw
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'")
      .pluck()
      .get() as string;
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare('UPDATE audit_log SET user_id = 999 WHERE id = 3').run();
    raw.exec(guard);
    raw.close();
    expect(() => openCaseportDatabase({ dataDir, migrationsFolder: realMigrations, now: clock })).toThrow(
      expect.objectContaining({ kind: 'audit-tampered' }),
    );
  });
});
