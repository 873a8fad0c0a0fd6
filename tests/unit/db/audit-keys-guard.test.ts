import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { AuditEntry, Client, FirmUser } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

/**
 * A family's audit key (audit_keys) goes only with the family: deleting it while the client is
 * on file would leave that family's history unreadable while every check still passed.
 */
let nowMs = Date.parse('2026-03-02T15:00:00.000Z');
const clock = () => {
  nowMs += 1000;
  return new Date(nowMs);
};

let database: OpenedDatabase;
let ctx: ApiContext;
let client: Client;

const keyOf = (clientId: number) =>
  database.sqlite.prepare('SELECT key FROM audit_keys WHERE client_id = ?').pluck().get(clientId) as
    | Buffer
    | undefined;
const history = async (clientId: number) =>
  ok<AuditEntry[]>(dispatch(ctx, 'audit.list', { clientId, limit: 100 }));

beforeEach(async () => {
  nowMs = Date.parse('2026-03-02T15:00:00.000Z');
  database = openTestDatabase();
  ctx = testContext(database, clock);
  await setUpFirm(ctx);
  const lawyer = await ok<FirmUser>(
    dispatch(ctx, 'users.create', { displayName: 'Lena Lawyer', initials: 'LL', role: 'lawyer' }),
  );
  await ok(dispatch(ctx, 'session.setUser', { userId: lawyer.id }));
  client = await ok<Client>(
    dispatch(ctx, 'clients.create', { givenNames: 'Zephyrine', familyName: 'Quaxley' }),
  );
});
afterEach(() => database.sqlite.close());

describe('audit keys', () => {
  it('refuses deleting a living client’s key; the history stays readable', async () => {
    const key = keyOf(client.id);
    expect(key).toBeInstanceOf(Buffer);
    const before = await history(client.id);
    expect(JSON.stringify(before)).toContain('Zephyrine');

    for (const sql of [
      'DELETE FROM audit_keys WHERE client_id = ?',
      'DELETE FROM audit_keys WHERE client_id >= ?',
    ])
      expect(() => database.sqlite.prepare(sql).run(client.id)).toThrow(/audit key/i);

    expect(keyOf(client.id)).toEqual(key);
    expect(await history(client.id)).toEqual(before);
  });

  it('refuses changing a key, and a replace keeps the key it would have swapped', async () => {
    const key = keyOf(client.id);
    expect(() =>
      database.sqlite
        .prepare('UPDATE audit_keys SET key = randomblob(32) WHERE client_id = ?')
        .run(client.id),
    ).toThrow(/audit key/i);
    expect(() =>
      database.sqlite
        .prepare('UPDATE audit_keys SET client_id = client_id + 1000 WHERE client_id = ?')
        .run(client.id),
    ).toThrow(/audit key/i);
    database.sqlite
      .prepare('INSERT OR REPLACE INTO audit_keys (client_id, key) VALUES (?, randomblob(32))')
      .run(client.id);
    expect(keyOf(client.id)).toEqual(key);

    // Later changes are still sealed with the same key and read back.
    await ok(
      dispatch(ctx, 'clients.update', { id: client.id, version: client.version, preferredName: 'Zeph' }),
    );
    expect(JSON.stringify(await history(client.id))).toContain('Zeph');
    expect(keyOf(client.id)).toEqual(key);
  });

  it('still goes with the family when the file is deleted after retention', async () => {
    const other = await ok<Client>(
      dispatch(ctx, 'clients.create', { givenNames: 'Bo', familyName: 'Okafor' }),
    );
    const closed = await ok<Client>(
      dispatch(ctx, 'clients.archive', {
        id: client.id,
        version: client.version,
        reason: 'Matter completed',
      }),
    );
    nowMs = Date.parse('2032-03-03T15:00:00.000Z');
    await ok(
      dispatch(ctx, 'clients.delete', {
        id: closed.id,
        reason: 'Retention period over',
        confirmName: 'Quaxley, Zephyrine',
      }),
    );
    expect(keyOf(client.id)).toBeUndefined();
    expect(keyOf(other.id)).toBeInstanceOf(Buffer);
    // The trail keeps who did what, without the values.
    const trail = await history(client.id);
    expect(trail.length).toBeGreaterThan(0);
    expect(JSON.stringify(trail)).not.toContain('Zephyrine');
  });
});
