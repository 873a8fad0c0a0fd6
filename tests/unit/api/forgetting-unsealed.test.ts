import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { closeDatabase, DATABASE_FILE_NAME, type OpenedDatabase } from '../../../db/open';
import { openCaseportDatabase } from '../../../db/startup';
import type { AuditEntry, Client } from '../../../main/contract';
import { dispatch } from '../../../main/data-service/dispatch';
import { ok, realMigrations, setUpFirm, tempDir, testContext } from '../support/test-database';

/**
 * A practice that started before the trail was sealed (migration 0015) has entries whose values
 * are in the clear. Deleting such a family after retention must forget those values too.
 */
let database: OpenedDatabase;
afterEach(() => {
  if (database?.sqlite.open) database.sqlite.close();
});

const PASSPORT = 'LG4471902';
const GIVEN = 'Wilhelmina';
const FAMILY = 'Strozzapreti';
const BIRTH = '1979-11-23';

it('a family deleted after retention leaves none of its values from entries written before sealing', async () => {
  let nowMs = Date.parse('2026-03-02T15:00:00.000Z');
  const clock = () => {
    nowMs += 1000;
    return new Date(nowMs);
  };
  const dataDir = tempDir();
  database = openCaseportDatabase({ dataDir, migrationsFolder: realMigrations, now: clock });
  const raw = database.sqlite;
  // The family as an older Caseport wrote it: the client, and entries in the clear, unchained.
  const sealing = raw
    .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_seal_and_chain'")
    .pluck()
    .get() as string;
  raw.exec('DROP TRIGGER audit_log_seal_and_chain');
  const clientId = Number(
    raw
      .prepare(
        "INSERT INTO clients (given_names, family_name, name_key, date_of_birth, created_at, updated_at) VALUES (?, ?, ?, ?, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')",
      )
      .run(GIVEN, FAMILY, `${FAMILY.toLowerCase()}\u0001${GIVEN.toLowerCase()}`, BIRTH).lastInsertRowid,
  );
  const legacy = raw.prepare(
    "INSERT INTO audit_log (at, user_id, entity, entity_id, client_id, action, changes, note, chain) VALUES ('2020-01-01T00:00:00.000Z', NULL, 'client', ?, ?, ?, ?, ?, '')",
  );
  legacy.run(
    clientId,
    clientId,
    'create',
    JSON.stringify({ givenNames: [null, GIVEN], familyName: [null, FAMILY], dateOfBirth: [null, BIRTH] }),
    '',
  );
  legacy.run(
    clientId,
    clientId,
    'update',
    JSON.stringify({ passports: [[], [PASSPORT]] }),
    `Passport ${PASSPORT}`,
  );
  raw.exec(sealing);

  const ctx = testContext(database, clock);
  await setUpFirm(ctx);
  const lawyer = await ok<{ id: number }>(
    dispatch(ctx, 'users.create', { displayName: 'Lena Lawyer', initials: 'LL', role: 'lawyer' }),
  );
  await ok(dispatch(ctx, 'session.setUser', { userId: lawyer.id }));
  const client = await ok<Client>(dispatch(ctx, 'clients.get', { id: clientId }));
  await ok(
    dispatch(ctx, 'clients.archive', { id: clientId, version: client.version, reason: 'Matter completed' }),
  );
  // Before deletion the values are there in the clear (the search below is not vacuous).
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const bytes = () =>
    [file, `${file}-wal`]
      .filter((f) => fs.existsSync(f))
      .map((f) => fs.readFileSync(f).toString('latin1'))
      .join('');
  expect(bytes()).toContain(PASSPORT);

  nowMs = Date.parse('2033-03-03T15:00:00.000Z');
  await ok(
    dispatch(ctx, 'clients.delete', {
      id: clientId,
      reason: 'Retention period over',
      confirmName: `${FAMILY}, ${GIVEN}`,
    }),
  );
  const trail = await ok<AuditEntry[]>(dispatch(ctx, 'audit.list', { clientId, limit: 100 }));
  // Who did what and when is still there, including the old entries; their values are not.
  expect(trail.map((entry) => entry.action)).toEqual(
    expect.arrayContaining(['delete', 'archive', 'create', 'update']),
  );
  expect(JSON.stringify(trail)).not.toContain(PASSPORT);
  closeDatabase(database.sqlite);
  for (const needle of [PASSPORT, GIVEN, FAMILY, BIRTH]) expect(bytes(), needle).not.toContain(needle);
  // The file still opens: the old entries were sealed, not rewritten in a way the chain refuses.
  database = openCaseportDatabase({ dataDir, migrationsFolder: realMigrations, now: clock });
});
