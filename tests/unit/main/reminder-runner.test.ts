import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Deadline } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { MAX_SLEEP_MS, ReminderRunner, type ShownNotification } from '../../../main/reminders/runner';
import { createClient } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

// The firm is in Toronto (UTC-5 in early March); reminders go out from 08:00 local = 13:00Z.
let database: OpenedDatabase;
let ctx: ApiContext;
let now: number;
let shown: ShownNotification[];
let timers: Array<{ ms: number; callback: () => void }>;

beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database, steppingClock('2026-03-01T12:00:00.000Z'));
  await setUpFirm(ctx);
  shown = [];
  timers = [];
});
afterEach(() => database.sqlite.close());

function runner(db = database.db) {
  return new ReminderRunner({
    db,
    clock: { now: () => now },
    show: (n) => {
      shown.push(n);
    },
    // Notifications follow the OS language for people on 'system': pinned so no machine's
    // own language changes these English expectations.
    systemLocale: 'en-CA',
    timers: {
      setTimeout: (callback, ms) => timers.push({ ms, callback }),
      clearTimeout: () => {},
    },
  });
}

const at = (iso: string) => {
  now = Date.parse(iso);
};

const deadline = (clientId: number, dueOn: string, extra: Record<string, unknown> = {}) =>
  ok<Deadline>(
    dispatch(ctx, 'deadlines.create', { clientId, kind: 'biometrics', title: '', dueOn, ...extra }),
  );

describe('reminder runner', () => {
  it('catches up after a closed week with one notice, and sends nothing twice after a restart', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara', familyName: 'Okafor' });
    await deadline(client.id, '2026-03-10');

    at('2026-03-01T14:00:00Z'); // 09:00 in Toronto, 9 days before: the 14-day lead is due
    await runner().runOnce();
    expect(shown.map((n) => n.title)).toEqual(['Deadline: Biometrics – Amara Okafor']);
    expect(shown[0]?.route).toBe(`/clients/${client.id}`);
    // The shell's deep link gets the family and the deadline, not a string to trust.
    expect(shown[0]?.target).toEqual({ clientId: client.id, deadlineId: expect.any(Number) });

    // The app was closed for a week: the 7-day and 3-day leads both passed; only the latest goes out.
    shown = [];
    at('2026-03-08T14:00:00Z');
    await runner().runOnce();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.body).toMatch(/^Due in 2 days, on Mar 10, 2026\.$/);

    // Restart: a new process on the same file remembers what it showed.
    const dataDir = path.dirname(database.file);
    database.sqlite.close();
    database = openTestDatabase(dataDir);
    shown = [];
    await runner(database.db).runOnce();
    expect(shown).toEqual([]);
  });

  it('sends one daily digest instead of one notice per deadline, opening the dashboard', async () => {
    const a = await createClient(ctx, { givenNames: 'Amara' });
    const b = await createClient(ctx, { givenNames: 'Élodie' });
    await deadline(a.id, '2026-02-27');
    await deadline(a.id, '2026-03-01');
    await deadline(b.id, '2026-03-04');
    await ok(dispatch(ctx, 'reminders.updatePreferences', { mode: 'digest' }));

    at('2026-03-01T12:30:00Z'); // 07:30 in Toronto: before the day's reminders
    await runner().runOnce();
    expect(shown).toEqual([]);

    at('2026-03-01T13:05:00Z');
    await runner().runOnce();
    expect(shown).toEqual([
      {
        title: '3 deadlines need attention',
        body: 'Overdue: 1 · Due today: 1 · Next 7 days: 1',
        route: '/dashboard',
        target: null,
        urgent: false,
      },
    ]);
    await runner().runOnce();
    expect(shown).toHaveLength(1);
  });

  it('holds a snoozed deadline until the snooze ends, then reminds once', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara' });
    const d = await deadline(client.id, '2026-03-01');
    await ok(
      dispatch(ctx, 'deadlines.snooze', { id: d.id, version: d.version, until: '2026-03-01T17:00:00Z' }),
    );

    at('2026-03-01T14:00:00Z');
    const r = runner();
    await r.start();
    expect(shown).toEqual([]);
    // The timer is set for the end of the snooze (3 hours), not the usual maximum sleep.
    expect(timers.at(-1)?.ms).toBe(Math.min(3 * 3600 * 1000, MAX_SLEEP_MS));

    at('2026-03-01T17:00:01Z');
    await r.runOnce();
    // One notice for the deadline: the day's reminder it had held back (a separate "snooze ended" would repeat it).
    expect(shown.map((n) => n.body)).toEqual(['Due today (Mar 1, 2026).']);
    await r.runOnce();
    expect(shown).toHaveLength(1);
    r.stop();
  });

  it('escalates an overdue deadline every day until it is done', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara' });
    const d = await deadline(client.id, '2026-02-26');
    at('2026-03-01T14:00:00Z');
    await runner().runOnce();
    at('2026-03-02T14:00:00Z');
    await runner().runOnce();
    expect(shown.map((n) => [n.title.startsWith('Overdue'), n.urgent])).toEqual([
      [true, true],
      [true, true],
    ]);
    await ok(dispatch(ctx, 'deadlines.complete', { id: d.id, version: d.version }));
    at('2026-03-03T14:00:00Z');
    await runner().runOnce();
    expect(shown).toHaveLength(2);
  });

  it('keeps running after a failed notification and schedules the next wake-up', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara' });
    await deadline(client.id, '2026-03-02');
    at('2026-03-01T14:00:00Z');
    let attempts = 0;
    const r = new ReminderRunner({
      db: database.db,
      clock: { now: () => now },
      show: () => {
        attempts += 1;
        throw new Error('notification service unavailable');
      },
      timers: { setTimeout: (callback, ms) => timers.push({ ms, callback }), clearTimeout: () => {} },
    });
    await r.start();
    expect(attempts).toBe(1);
    expect(timers).toHaveLength(1);
    // Not recorded as shown, so the next run tries again.
    await r.runOnce();
    expect(attempts).toBe(2);
  });
});
