import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { ChannelInput, ChannelName } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createGraceFamily } from '../support/grace-family';
import { channelFullScans } from '../support/query-capture';
import { openTestDatabase, setUpFirm, testContext } from '../support/test-database';

/** The dashboard, the agenda and the reminder reads must not walk the deadlines table end to end. */
const BIG_TABLES = [
  'clients',
  'dependants',
  'deadlines',
  'case_events',
  'immigration_statuses',
  'passports',
  'audit_log',
] as const;

let database: OpenedDatabase;
let ctx: ApiContext;
let clientId: number;
beforeAll(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
  clientId = (await createGraceFamily(ctx)).principal.id;
  await dispatch(ctx, 'events.record', { clientId, kind: 'employment-ended', occurredOn: '2026-03-10' });
});
afterAll(() => database.sqlite.close());

const scansOf = <K extends ChannelName>(channel: K, input: ChannelInput<K>) =>
  channelFullScans(ctx, database.sqlite, BIG_TABLES, channel, input);

describe('deadline reads use indexes (EXPLAIN QUERY PLAN)', () => {
  it('dashboard', async () => {
    expect(await scansOf('deadlines.dashboard', {})).toEqual([]);
  });
  it('agenda for a date range and a kind', async () => {
    expect(await scansOf('deadlines.list', { from: '2026-03-01', to: '2026-04-30' })).toEqual([]);
    expect(await scansOf('deadlines.list', { to: '2026-04-30', kind: 'grace-period' })).toEqual([]);
  });
  it("a family's events", async () => {
    expect(await scansOf('events.list', { clientId })).toEqual([]);
  });
  it('recording an event (reads the family by index)', async () => {
    expect(
      await scansOf('events.record', {
        clientId,
        kind: 'biometrics-letter',
        occurredOn: '2026-03-02',
        people: [null],
      }),
    ).toEqual([]);
  });
});
