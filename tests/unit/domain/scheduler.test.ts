import { describe, expect, it } from 'vitest';
import {
  type NotifiedStore,
  nextWakeUp,
  type ReminderNotification,
  ReminderScheduler,
  type ReminderSettings,
  type ReminderSubject,
} from '../../../main/domain/reminders';

const toronto: ReminderSettings = {
  timeZone: 'America/Toronto',
  mode: 'each',
  notifyAt: '08:00',
  overdue: 'daily',
};

/** A fake world: a settable clock, a notifier that records, a store that survives "restarts". */
function world(settings: ReminderSettings = toronto) {
  const clock = { t: 0, now: () => clock.t };
  const shown: ReminderNotification[] = [];
  const keys = new Map<string, string>();
  const store: NotifiedStore = {
    has: (key) => keys.has(key),
    add: (added, at) => {
      for (const key of added) keys.set(key, at);
    },
  };
  let failNext = false;
  const notifier = {
    notify: (n: ReminderNotification) => {
      if (failNext) {
        failNext = false;
        throw new Error('notification service down');
      }
      shown.push(n);
    },
  };
  const start = () => new ReminderScheduler({ clock, notifier, store, settings });
  let scheduler = start();
  return {
    shown,
    keys,
    failOnce: () => {
      failNext = true;
    },
    restart: () => {
      scheduler = start();
    },
    /** Run at a UTC instant and return what was shown in this run. */
    async runAt(iso: string, subjects: ReminderSubject[]) {
      clock.t = Date.parse(iso);
      const before = shown.length;
      const result = await scheduler.run(subjects);
      return { result, shown: shown.slice(before) };
    },
  };
}

const deadline = (id: number, dueOn: string, extra: Partial<ReminderSubject> = {}): ReminderSubject => ({
  id,
  kind: 'rfe-response',
  title: `Deadline ${id}`,
  dueOn,
  ...extra,
});

describe('reminder scheduler (fake clock)', () => {
  it('catches up after a closed week with one notification: the most recent missed lead time', async () => {
    const w = world();
    const rfe = [deadline(1, '2026-03-20')];
    // Monday 2 March, 09:00 EST: 18 days left, the 30-day reminder is in force.
    expect((await w.runAt('2026-03-02T14:00:00Z', rfe)).shown.map((n) => n.leadDays)).toEqual([30]);
    expect((await w.runAt('2026-03-02T15:00:00Z', rfe)).shown).toEqual([]);
    // Closed until Monday 16 March 09:00 EDT: the 14- and 7-day reminders were missed; only 7 fires.
    const catchUp = (await w.runAt('2026-03-16T13:00:00Z', rfe)).shown;
    expect(catchUp).toHaveLength(1);
    expect(catchUp[0]).toMatchObject({
      type: 'lead',
      leadDays: 7,
      deadlineIds: [1],
      body: { key: 'deadlineReminders.notification.dueInBody', values: { count: 4, dueDate: '2026-03-20' } },
    });
    // Before 08:00 the next morning it is still the 16th's reminder day: nothing new.
    expect((await w.runAt('2026-03-17T11:59:00Z', rfe)).shown).toEqual([]);
    expect((await w.runAt('2026-03-17T12:00:00Z', rfe)).shown.map((n) => n.leadDays)).toEqual([3]);
    expect((await w.runAt('2026-03-20T12:00:00Z', rfe)).shown[0]).toMatchObject({
      leadDays: 0,
      body: { key: 'deadlineReminders.notification.dueTodayBody' },
    });
  });

  it('never repeats a notification after a restart (new scheduler, same store)', async () => {
    const w = world();
    const rfe = [deadline(1, '2026-03-20'), deadline(2, '2026-03-05')];
    const first = (await w.runAt('2026-03-16T13:00:00Z', rfe)).shown;
    expect(first.map((n) => n.type)).toEqual(['lead', 'overdue']);
    w.restart();
    expect((await w.runAt('2026-03-16T13:00:01Z', rfe)).shown).toEqual([]);
    w.restart();
    expect((await w.runAt('2026-03-16T22:00:00Z', rfe)).shown).toEqual([]);
  });

  it('escalates overdue deadlines once a day until done or dismissed', async () => {
    const w = world();
    const late = deadline(7, '2026-03-10');
    const first = (await w.runAt('2026-03-17T13:00:00Z', [late])).shown;
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ type: 'overdue', escalated: true, body: { values: { count: 7 } } });
    expect((await w.runAt('2026-03-17T20:00:00Z', [late])).shown).toEqual([]);
    expect((await w.runAt('2026-03-18T12:00:00Z', [late])).shown.map((n) => n.type)).toEqual(['overdue']);
    const done = { ...late, completedAt: '2026-03-18T15:00:00Z' };
    expect((await w.runAt('2026-03-19T12:00:00Z', [done])).shown).toEqual([]);
    const dismissed = { ...late, dismissedAt: '2026-03-18T15:00:00Z', dismissReason: 'Withdrawn' };
    expect((await w.runAt('2026-03-20T12:00:00Z', [dismissed])).shown).toEqual([]);
  });

  it("notifies an overdue deadline only once when the firm's setting says so", async () => {
    const w = world({ ...toronto, overdue: 'once' });
    const late = deadline(7, '2026-03-10');
    expect((await w.runAt('2026-03-11T12:00:00Z', [late])).shown).toMatchObject([
      { type: 'overdue', escalated: false },
    ]);
    expect((await w.runAt('2026-03-12T12:00:00Z', [late])).shown).toEqual([]);
  });

  it('notifies again when the due date changes', async () => {
    const w = world();
    await w.runAt('2026-03-16T13:00:00Z', [deadline(1, '2026-03-20')]);
    const moved = (await w.runAt('2026-03-16T14:00:00Z', [deadline(1, '2026-03-22')])).shown;
    expect(moved).toMatchObject([{ type: 'lead', leadDays: 7, body: { values: { dueDate: '2026-03-22' } } }]);
  });

  it('snooze: silent until the snooze ends, then one reminder', async () => {
    const w = world();
    const rfe = deadline(1, '2026-03-20');
    await w.runAt('2026-03-13T12:00:00Z', [rfe]);
    const snoozed = { ...rfe, snoozedUntil: '2026-03-14T15:00:00.000Z' };
    expect((await w.runAt('2026-03-14T14:59:00Z', [snoozed])).shown).toEqual([]);
    const woke = (await w.runAt('2026-03-14T15:00:00Z', [snoozed])).shown;
    expect(woke).toMatchObject([{ type: 'snooze-ended', deadlineIds: [1] }]);
    expect((await w.runAt('2026-03-14T16:00:00Z', [snoozed])).shown).toEqual([]);
  });

  it('a snooze that ends as a new lead time comes due gives one notification, not two', async () => {
    const w = world();
    const rfe = deadline(1, '2026-03-20');
    await w.runAt('2026-03-13T12:00:00Z', [rfe]);
    // Snoozed over the 3-day reminder (17 March); it ends on the 18th at 08:30.
    const snoozed = { ...rfe, snoozedUntil: '2026-03-18T12:30:00.000Z' };
    expect((await w.runAt('2026-03-17T12:00:00Z', [snoozed])).shown).toEqual([]);
    const woke = (await w.runAt('2026-03-18T12:30:00Z', [snoozed])).shown;
    expect(woke).toHaveLength(1);
    expect(woke[0]).toMatchObject({ type: 'lead', leadDays: 3 });
    expect(woke[0]?.keys).toEqual(['lead:1:2026-03-20:3', 'snooze:1:2026-03-18T12:30:00.000Z']);
    expect((await w.runAt('2026-03-18T13:00:00Z', [snoozed])).shown).toEqual([]);
  });

  it('retries a notification the notifier failed to show', async () => {
    const w = world();
    const rfe = [deadline(1, '2026-03-20')];
    w.failOnce();
    const failed = await w.runAt('2026-03-16T13:00:00Z', rfe);
    expect(failed.result.failed).toHaveLength(1);
    expect(w.keys.size).toBe(0);
    expect((await w.runAt('2026-03-16T13:05:00Z', rfe)).shown.map((n) => n.leadDays)).toEqual([7]);
  });

  it('respects per-deadline lead times, including none at all', async () => {
    const w = world();
    const quiet = deadline(1, '2026-03-20', { leadTimes: [] });
    const custom = deadline(2, '2026-03-20', { leadTimes: [5] });
    expect((await w.runAt('2026-03-14T12:00:00Z', [quiet, custom])).shown).toEqual([]);
    expect((await w.runAt('2026-03-15T12:00:00Z', [quiet, custom])).shown).toMatchObject([
      { deadlineIds: [2], leadDays: 5 },
    ]);
  });
});

describe('daily digest', () => {
  const digest: ReminderSettings = { ...toronto, mode: 'digest' };
  const family = [
    deadline(1, '2026-03-10'),
    deadline(2, '2026-03-16'),
    deadline(3, '2026-03-21'),
    deadline(4, '2026-04-05'),
    deadline(5, '2026-03-16', { completedAt: '2026-03-15T12:00:00Z' }),
    deadline(6, '2026-03-17', { snoozedUntil: '2026-03-20T12:00:00Z' }),
  ];

  it('sends one summary a day at the configured local time, instead of one alert per item', async () => {
    const w = world(digest);
    expect((await w.runAt('2026-03-16T11:59:00Z', family)).shown).toEqual([]);
    const sent = (await w.runAt('2026-03-16T12:00:00Z', family)).shown;
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: 'digest',
      deadlineIds: [1, 2, 3],
      title: { key: 'deadlineReminders.notification.digestTitle', values: { count: 3 } },
      body: {
        key: 'deadlineReminders.notification.digestBody',
        values: { overdue: 1, dueToday: 1, next7Days: 1 },
      },
    });
    expect((await w.runAt('2026-03-16T20:00:00Z', family)).shown).toEqual([]);
    w.restart();
    expect((await w.runAt('2026-03-16T21:00:00Z', family)).shown).toEqual([]);
    expect((await w.runAt('2026-03-17T12:00:00Z', family)).shown.map((n) => n.type)).toEqual(['digest']);
  });

  it('follows the firm clock across the DST change (08:00 EST = 13:00Z, 08:00 EDT = 12:00Z)', async () => {
    const w = world(digest);
    const items = [deadline(1, '2026-03-09')];
    expect((await w.runAt('2026-03-07T12:30:00Z', items)).shown).toEqual([]);
    expect((await w.runAt('2026-03-07T13:00:00Z', items)).shown).toHaveLength(1);
    expect((await w.runAt('2026-03-09T11:30:00Z', items)).shown).toEqual([]);
    expect((await w.runAt('2026-03-09T12:00:00Z', items)).shown).toHaveLength(1);
  });

  it('after a closed week sends only today’s digest, and nothing when nothing is due', async () => {
    const w = world(digest);
    await w.runAt('2026-03-09T12:00:00Z', family);
    expect((await w.runAt('2026-03-16T15:00:00Z', family)).shown).toHaveLength(1);
    expect((await w.runAt('2026-03-17T15:00:00Z', [deadline(9, '2026-06-01')])).shown).toEqual([]);
  });

  it('still tells a person when their snooze ends', async () => {
    const w = world(digest);
    const snoozed = [deadline(6, '2026-03-25', { snoozedUntil: '2026-03-20T15:00:00.000Z' })];
    // Snoozed items stay out of the digest, so there is nothing to report at 08:00.
    expect((await w.runAt('2026-03-20T12:00:00Z', snoozed)).shown).toEqual([]);
    expect((await w.runAt('2026-03-20T15:00:00Z', snoozed)).shown).toMatchObject([
      { type: 'snooze-ended', deadlineIds: [6] },
      { type: 'digest', deadlineIds: [6] },
    ]);
    expect((await w.runAt('2026-03-20T15:01:00Z', snoozed)).shown).toEqual([]);
  });
});

describe('nextWakeUp', () => {
  it('is the next notifyAt on the firm clock, or an earlier snooze end', () => {
    const now = Date.parse('2026-03-16T13:00:00Z');
    expect(new Date(nextWakeUp([], now, toronto)).toISOString()).toBe('2026-03-17T12:00:00.000Z');
    expect(new Date(nextWakeUp([], Date.parse('2026-03-16T11:00:00Z'), toronto)).toISOString()).toBe(
      '2026-03-16T12:00:00.000Z',
    );
    const snoozed = deadline(1, '2026-03-20', { snoozedUntil: '2026-03-16T18:00:00.000Z' });
    expect(new Date(nextWakeUp([snoozed], now, toronto)).toISOString()).toBe('2026-03-16T18:00:00.000Z');
  });
});
