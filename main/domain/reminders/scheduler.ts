/**
 * The reminder scheduler: plan.ts decides, this class delivers and remembers.
 *
 * Everything outside the rules is injected: the clock (tests pass a fake one), the notifier (the
 * main process wraps Electron's Notification; tests record calls) and the store of keys already
 * notified (a table in the database), so a restart, which builds a new scheduler on the same
 * store, never repeats a notification. Keys are recorded only after the notifier returned: a
 * crash in between may repeat one notification, but none is lost.
 *
 * API
 *   Clock, Notifier, NotifiedStore
 *   new ReminderScheduler({ clock, notifier, store, settings })
 *   scheduler.run(subjects)     sends what is due now -> { sent, failed }
 *   nextWakeUp(subjects, now, settings)
 *                               epoch ms of the next moment something may become due (the next
 *                               notifyAt, or a snooze ending); the caller sets its timer to it
 */
import { addDays } from '../deadlines/calendar-date';
import { type Instant, todayIn, zonedDateTimeToInstant } from '../deadlines/time-zone';
import { planReminders, type ReminderNotification, type ReminderSettings } from './plan';
import type { ReminderSubject } from './reminder-state';

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export interface Notifier {
  notify(notification: ReminderNotification): void | Promise<void>;
}

/** Synchronous on purpose: better-sqlite3 is, and a restart must see what was recorded. */
export interface NotifiedStore {
  has(key: string): boolean;
  add(keys: readonly string[], notifiedAt: string): void;
}

export interface SchedulerDeps {
  clock: Clock;
  notifier: Notifier;
  store: NotifiedStore;
  /** A function when the firm can change its settings while the app runs. */
  settings: ReminderSettings | (() => ReminderSettings);
}

export interface RunResult {
  sent: ReminderNotification[];
  failed: Array<{ notification: ReminderNotification; error: unknown }>;
}

export class ReminderScheduler {
  constructor(private readonly deps: SchedulerDeps) {}

  private settings(): ReminderSettings {
    const { settings } = this.deps;
    return typeof settings === 'function' ? settings() : settings;
  }

  async run(subjects: readonly ReminderSubject[]): Promise<RunResult> {
    const now = this.deps.clock.now();
    const { store, notifier } = this.deps;
    const planned = planReminders(subjects, now, this.settings(), (key) => store.has(key));
    const result: RunResult = { sent: [], failed: [] };
    for (const notification of planned) {
      try {
        await notifier.notify(notification);
        store.add(notification.keys, new Date(this.deps.clock.now()).toISOString());
        result.sent.push(notification);
      } catch (error) {
        // Not recorded, so the next run tries again; the other notifications still go out.
        result.failed.push({ notification, error });
      }
    }
    return result;
  }
}

export function nextWakeUp(
  subjects: readonly ReminderSubject[],
  now: Instant,
  settings: ReminderSettings,
): number {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const today = todayIn(settings.timeZone, nowMs);
  const candidates = [today, addDays(today, 1)]
    .map((day) => zonedDateTimeToInstant(day, settings.notifyAt, settings.timeZone).epochMs)
    .filter((ms) => ms > nowMs);
  for (const s of subjects) {
    const until = s.snoozedUntil ? Date.parse(s.snoozedUntil) : Number.NaN;
    if (!s.completedAt && !s.dismissedAt && until > nowMs) candidates.push(until);
  }
  return Math.min(...candidates);
}
