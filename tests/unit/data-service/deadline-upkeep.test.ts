import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Family } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { runDeadlineUpkeep } from '../../../main/deadlines/upkeep';
import { createClient } from '../support/families';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

// A clock the test moves: the firm works on 1 March 2026, then the laptop is opened in May.
let database: OpenedDatabase;
let ctx: ApiContext;
let now = Date.parse('2026-03-01T15:00:00Z');
beforeEach(async () => {
  now = Date.parse('2026-03-01T15:00:00Z');
  database = openTestDatabase();
  ctx = testContext(database, () => new Date(now));
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const restorationDeadlines = async (clientId: number) =>
  (await ok<Family>(dispatch(ctx, 'clients.family', { id: clientId }))).deadlines
    .filter((d) => d.ruleId === 'ca-restoration')
    .map((d) => d.dueOn);

describe('deadline upkeep (run by the data service at start-up and hourly)', () => {
  it('gives a permit that expired since its last save its restoration deadline, once', async () => {
    const client = await createClient(ctx, {
      givenNames: 'Amara',
      statuses: [{ country: 'CA', statusType: 'Work permit', validTo: '2026-04-15' }],
    });
    expect(await restorationDeadlines(client.id)).toEqual([]);

    // Nobody saves the file; the permit expires; Caseport starts on 2 May.
    now = Date.parse('2026-05-02T13:00:00Z');
    const first = await runDeadlineUpkeep(ctx);
    expect(first?.permitsCaughtUp).toBe(1);
    const due = await restorationDeadlines(client.id);
    expect(due).toHaveLength(1);
    // IRPR 182: 90 days after the loss of status on 15 April.
    expect(due[0]).toBe('2026-07-14');

    const again = await runDeadlineUpkeep(ctx);
    expect(again?.permitsCaughtUp).toBe(0);
    expect(await restorationDeadlines(client.id)).toHaveLength(1);
  });

  it('restates open deadlines once per app version, not at every start', async () => {
    const first = await runDeadlineUpkeep(ctx);
    expect(first).not.toBeNull();
    const version = database.sqlite
      .prepare("SELECT value FROM settings WHERE key = 'rulesVersion'")
      .pluck()
      .get() as string;
    expect(JSON.parse(version)).toBe(ctx.appVersion);
    const upgraded = { ...ctx, appVersion: '9.9.9' };
    expect(await runDeadlineUpkeep(upgraded)).toMatchObject({ permitsCaughtUp: 0 });
    const after = database.sqlite
      .prepare("SELECT value FROM settings WHERE key = 'rulesVersion'")
      .pluck()
      .get();
    expect(JSON.parse(after as string)).toBe('9.9.9');
  });

  it('works in short steps that let other calls in, and remembers the version only when done', async () => {
    for (const givenNames of ['Amara', 'Chidi', 'Ada'])
      await createClient(ctx, {
        givenNames,
        statuses: [{ country: 'CA', statusType: 'Work permit', validTo: '2026-09-30' }],
      });
    await runDeadlineUpkeep(ctx);
    const openDeadlines = database.sqlite
      .prepare('SELECT count(*) FROM deadlines WHERE completed_at IS NULL AND dismissed_at IS NULL')
      .pluck()
      .get() as number;
    expect(openDeadlines).toBeGreaterThanOrEqual(3);
    const storedVersion = () =>
      JSON.parse(
        database.sqlite
          .prepare("SELECT value FROM settings WHERE key = 'rulesVersion'")
          .pluck()
          .get() as string,
      );
    const upgraded = { ...ctx, appVersion: '9.9.9' };

    // The app quits between two steps: the new version is not remembered, so the next start
    // restates everything again.
    let pauses = 0;
    const quitting = async () => {
      pauses += 1;
      if (pauses === 2) throw new Error('quit');
    };
    await expect(
      runDeadlineUpkeep(upgraded, { pause: quitting, deadlinesPerStep: 1, peoplePerStep: 1 }),
    ).rejects.toThrow('quit');
    expect(storedVersion()).toBe(ctx.appVersion);

    // A whole run: one deadline per step, and a call answered in every pause between steps.
    const answered: boolean[] = [];
    const answering = async () => {
      answered.push((await dispatch(ctx, 'clients.list', { limit: 1 })).ok);
    };
    await runDeadlineUpkeep(upgraded, { pause: answering, deadlinesPerStep: 1, peoplePerStep: 1 });
    expect(answered.length).toBeGreaterThanOrEqual(openDeadlines);
    expect(answered.every(Boolean)).toBe(true);
    expect(storedVersion()).toBe('9.9.9');
  });

  it('does nothing on a file where nobody has worked yet', async () => {
    const fresh = openTestDatabase();
    try {
      expect(await runDeadlineUpkeep(testContext(fresh))).toBeNull();
    } finally {
      fresh.sqlite.close();
    }
  });
});
