import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { AuditExport, Client } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

/**
 * The audit export's from/to are the firm's calendar days. A change made late on 31 March in Los
 * Angeles is already 1 April in UTC; one made early on 1 April in Tokyo is still 31 March in UTC.
 * The clock is injected; the machine's own zone plays no part.
 */
let database: OpenedDatabase;
let ctx: ApiContext;
let now = '2026-03-01T12:00:00.000Z';
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database, () => new Date(now));
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

async function clientCreatedAt(instant: string, timeZone: string): Promise<number> {
  now = '2026-03-01T12:00:00.000Z';
  await ok(dispatch(ctx, 'settings.update', { timeZone }));
  now = instant;
  return (await ok<Client>(dispatch(ctx, 'clients.create', { givenNames: 'Amara' }))).id;
}

const rows = async (clientId: number, range: { from?: string; to?: string }) =>
  (await ok<AuditExport>(dispatch(ctx, 'audit.exportCsv', { clientId, ...range }))).rows;

describe('audit export date range in the firm time zone', () => {
  it('America/Los_Angeles: 23:30 on 31 March (06:30 UTC on 1 April) is inside "to 31 March"', async () => {
    const id = await clientCreatedAt('2026-04-01T06:30:00.000Z', 'America/Los_Angeles');
    expect(await rows(id, { to: '2026-03-31' })).toBe(1);
    expect(await rows(id, { from: '2026-03-31', to: '2026-03-31' })).toBe(1);
    expect(await rows(id, { from: '2026-04-01' })).toBe(0);
    expect(await rows(id, { to: '2026-03-30' })).toBe(0);
  });

  it('Asia/Tokyo: 01:30 on 1 April (16:30 UTC on 31 March) is outside "to 31 March"', async () => {
    const id = await clientCreatedAt('2026-03-31T16:30:00.000Z', 'Asia/Tokyo');
    expect(await rows(id, { to: '2026-03-31' })).toBe(0);
    expect(await rows(id, { from: '2026-04-01', to: '2026-04-01' })).toBe(1);
    expect(await rows(id, { from: '2026-04-02' })).toBe(0);
  });
});
