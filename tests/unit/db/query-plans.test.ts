import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { ChannelInput, ChannelName } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createH1bFamily } from '../support/families';
import { captureQueries, channelFullScans, fullScans } from '../support/query-capture';
import { openTestDatabase, setUpFirm, testContext } from '../support/test-database';

/**
 * The lists and searches people use all day must stay fast at 100,000 clients: none of their
 * statements may read a big table from end to end. (Small catalogue tables are exempt.)
 */
const BIG_TABLES = [
  'clients',
  'dependants',
  'passports',
  'immigration_statuses',
  'applications',
  'application_status_history',
  'checklist_items',
  'deadlines',
  'audit_log',
] as const;

let database: OpenedDatabase;
let ctx: ApiContext;
let clientId: number;
beforeAll(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
  clientId = (await createH1bFamily(ctx)).principal.id;
  await dispatch(ctx, 'deadlines.create', { clientId, kind: 'other', dueOn: '2026-04-01' });
});
afterAll(() => database.sqlite.close());

const scansOf = <K extends ChannelName>(channel: K, input: ChannelInput<K>) =>
  channelFullScans(ctx, database.sqlite, BIG_TABLES, channel, input);

describe('key queries use indexes (EXPLAIN QUERY PLAN)', () => {
  it.each<[string, ChannelInput<'clients.list'>]>([
    ['default list', {}],
    ['sorted by next deadline', { sort: 'next-deadline' }],
    ['closed files', { filters: { archived: 'only' } }],
    ['by stage', { filters: { stage: 'submitted', archived: 'include' } }],
    ['by jurisdiction', { filters: { jurisdiction: 'CA' } }],
    ['by government status', { filters: { governmentStatus: 'Received' } }],
    ['by responsible person', { filters: { responsibleUserId: 1 } }],
    ['with overdue deadlines', { filters: { hasOverdue: true } }],
  ])('client list: %s', async (_name, input) => {
    expect(await scansOf('clients.list', input)).toEqual([]);
  });

  it('family page', async () => {
    expect(await scansOf('clients.family', { id: clientId })).toEqual([]);
  });

  it('search by name and by passport number', async () => {
    expect(await scansOf('search.query', { text: 'okafor' })).toEqual([]);
    expect(await scansOf('search.query', { text: 'A0 123' })).toEqual([]);
  });

  it('duplicate check', async () => {
    expect(
      await scansOf('people.findDuplicates', {
        givenNames: 'Amara',
        familyName: 'Okafor',
        dateOfBirth: '1988-02-29',
        passports: [{ number: 'A01234567', issuingCountry: 'NG' }],
      }),
    ).toEqual([]);
  });

  it('open deadlines agenda for a period', async () => {
    expect(await scansOf('deadlines.list', { from: '2026-03-01', to: '2026-03-31' })).toEqual([]);
  });

  it("a family's audit trail", async () => {
    expect(await scansOf('audit.list', { clientId })).toEqual([]);
  });

  it('the check itself catches a full scan', async () => {
    const queries = await captureQueries(database.sqlite, async () => {
      database.sqlite.prepare('SELECT * FROM clients WHERE email = ?').all('amara@example.com');
    });
    expect(fullScans(database.sqlite, queries[0] ?? { sql: '', params: [] }, BIG_TABLES)).toEqual([
      'SCAN clients',
    ]);
  });
});
