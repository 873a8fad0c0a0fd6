import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Client, Deadline, DeadlineExplanationView, Family } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createClient } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

// "Today" is 1 March 2026 in the firm's time zone.
let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database, steppingClock('2026-03-01T12:00:00.000Z'));
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const familyDeadlines = async (id: number) =>
  (await ok<Family>(dispatch(ctx, 'clients.family', { id }))).deadlines.map((d) => ({
    kind: d.kind,
    ruleId: d.ruleId,
    dueOn: d.dueOn,
    done: d.completedAt !== null,
  }));

async function saveStatuses(client: Client, statuses: Record<string, unknown>[]): Promise<Client> {
  return ok<Client>(dispatch(ctx, 'clients.update', { id: client.id, version: client.version, statuses }));
}

describe('status and permit end dates', () => {
  it('a Canadian permit makes a maintained-status deadline on its expiry; an American status an extension window', async () => {
    const client = await createClient(ctx, {
      givenNames: 'Amara',
      statuses: [
        { country: 'CA', statusType: 'Work permit', validTo: '2026-07-01' },
        { country: 'US', statusType: 'H-1B', validTo: '2027-06-30' },
        { country: 'MX', statusType: 'Visitor', validTo: '2026-05-01' },
      ],
    });
    expect(await familyDeadlines(client.id)).toEqual([
      // Canada Day: the expiry does not move (maintained status needs filing before it).
      { kind: 'extension-filing', ruleId: 'ca-maintained-status', dueOn: '2026-07-01', done: false },
      { kind: 'extension-filing', ruleId: 'us-extension-window', dueOn: '2027-06-30', done: false },
    ]);
    const family = await ok<Family>(dispatch(ctx, 'clients.family', { id: client.id }));
    const us = family.deadlines.find((d) => d.ruleId === 'us-extension-window') as Deadline;
    const why = await ok<DeadlineExplanationView>(dispatch(ctx, 'deadlines.explain', { id: us.id }));
    expect(why.opensOn).toBe('2026-12-30');
    expect((await ok<Client>(dispatch(ctx, 'clients.get', { id: client.id }))).nextDeadlineOn).toBe(
      '2026-07-01',
    );
  });

  it('makes none for an end date past even the 90 days of restoration', async () => {
    const client = await createClient(ctx, {
      givenNames: 'Amara',
      // + 90 days = 28 February 2026, the day before today.
      statuses: [{ country: 'CA', statusType: 'Work permit', validTo: '2025-11-30' }],
    });
    expect(await familyDeadlines(client.id)).toEqual([]);
  });

  it('follows a corrected date, keeps a done deadline when the permit is renewed, and drops an open one when the status goes', async () => {
    let client = await createClient(ctx, {
      givenNames: 'Amara',
      statuses: [{ country: 'CA', statusType: 'Work permit', validTo: '2026-07-01' }],
    });
    const statusId = client.statuses[0]?.id;
    client = await saveStatuses(client, [
      { id: statusId, country: 'CA', statusType: 'Work permit', validTo: '2026-08-15' },
    ]);
    expect(await familyDeadlines(client.id)).toEqual([
      { kind: 'extension-filing', ruleId: 'ca-maintained-status', dueOn: '2026-08-15', done: false },
    ]);

    const [open] = (await ok<Family>(dispatch(ctx, 'clients.family', { id: client.id }))).deadlines;
    await ok(dispatch(ctx, 'deadlines.complete', { id: open?.id, version: open?.version }));
    client = await ok<Client>(dispatch(ctx, 'clients.get', { id: client.id }));
    client = await saveStatuses(client, [
      { id: statusId, country: 'CA', statusType: 'Work permit', validTo: '2029-08-15' },
    ]);
    expect(await familyDeadlines(client.id)).toEqual([
      { kind: 'extension-filing', ruleId: 'ca-maintained-status', dueOn: '2026-08-15', done: true },
      { kind: 'extension-filing', ruleId: 'ca-maintained-status', dueOn: '2029-08-15', done: false },
    ]);

    await saveStatuses(client, []);
    expect(await familyDeadlines(client.id)).toEqual([
      { kind: 'extension-filing', ruleId: 'ca-maintained-status', dueOn: '2026-08-15', done: true },
    ]);
  });

  it("keeps each dependant's deadline on that dependant", async () => {
    const client = await createClient(ctx, { givenNames: 'Amara' });
    const spouse = await ok<{ id: number }>(
      dispatch(ctx, 'dependants.create', {
        clientId: client.id,
        relationship: 'spouse',
        givenNames: 'Chidi',
        statuses: [{ country: 'US', statusType: 'H-4', validTo: '2027-06-30' }],
      }),
    );
    const family = await ok<Family>(dispatch(ctx, 'clients.family', { id: client.id }));
    expect(family.deadlines.map((d) => [d.dependantId, d.dueOn])).toEqual([[spouse.id, '2027-06-30']]);
  });
});
