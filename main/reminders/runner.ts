import { allOpenDeadlines } from '../../db/deadlines/agenda';
import type { CaseportDb } from '../../db/open';
import { notifiedStore, readReminderPreferences } from '../../db/reminders/queries';
import { readSettings } from '../../db/users/queries';
import type { DeadlineListItem } from '../contract';
import {
  type Clock,
  nextWakeUp,
  type ReminderNotification,
  ReminderScheduler,
  type ReminderSettings,
  type ReminderSubject,
  type RunResult,
} from '../domain/reminders';
import { notificationLocale, processLocale } from './notification-locale';
import { notificationText } from './notification-text';

/**
 * Runs the reminder scheduler against the database while the app is open. Plain Node, so the
 * tests drive it with a fake clock, fake timers and a recording notifier; main/index.ts gives
 * it Electron's Notification (main/notifier.ts).
 *
 * - start(): catches up at once on whatever came due while the app was closed (the scheduler
 *   sends only the most recent lead per deadline, so a closed week is one notice, not five).
 * - then sleeps until nextWakeUp(), but never longer than MAX_SLEEP_MS: deadlines are added
 *   and changed while the app runs, and re-reading every few minutes is cheaper than hooking
 *   every write path.
 * - the DB-backed NotifiedStore makes a restart on the same file send nothing twice.
 */
export const MAX_SLEEP_MS = 10 * 60 * 1000;

/** What the shell shows: translated text and where a click should go. */
export interface ShownNotification {
  title: string;
  body: string;
  /** Hash route to open on click: the family for one deadline, the dashboard for a digest. */
  route: string;
  /** What the notification is about, for the shell's deep link (main/shell/deep-link.ts): the
   *  family when every deadline in it belongs to one, and the deadline when there is just one. */
  target: { clientId: number; deadlineId: number | null } | null;
  urgent: boolean;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReminderRunnerDeps {
  db: CaseportDb;
  clock: Clock;
  show: (notification: ShownNotification) => void | Promise<void>;
  timers?: Timers;
  onError?: (error: unknown) => void;
  /** The OS language for people who chose 'system'; tests pin it, the app reads the process's. */
  systemLocale?: string;
}

export function reminderSettings(db: CaseportDb): ReminderSettings {
  const { timeZone } = readSettings(db);
  const prefs = readReminderPreferences(db);
  return {
    timeZone,
    mode: prefs.mode,
    notifyAt: prefs.notifyAt,
    overdue: prefs.overdue,
    firmLeadTimes: prefs.leadTimes,
  };
}

function subjectOf(d: DeadlineListItem, locale: string): ReminderSubject {
  const person = [d.personGivenNames, d.personFamilyName].filter(Boolean).join(' ');
  return {
    id: d.id,
    kind: d.kind,
    // The person's name makes "Grace period ends" say whose it is.
    title: `${d.title || notificationText({ key: `deadlineKinds.${d.kind}` }, locale)} – ${person}`,
    dueOn: d.dueOn,
    dueTime: d.dueTime,
    timeZone: d.timeZone,
    leadTimes: d.leadTimes,
    completedAt: d.completedAt,
    dismissedAt: d.dismissedAt,
    dismissReason: d.dismissReason,
    snoozedUntil: d.snoozedUntil,
  };
}

export class ReminderRunner {
  private handle: unknown = null;
  private stopped = false;
  private readonly timers: Timers;

  constructor(private readonly deps: ReminderRunnerDeps) {
    this.timers = deps.timers ?? {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    };
  }

  /** Sends what is due now and returns what went out. */
  async runOnce(): Promise<RunResult> {
    const { db, clock } = this.deps;
    const deadlines = allOpenDeadlines(db);
    const clientOf = new Map(deadlines.map((d) => [d.id, d.clientId]));
    const locale = notificationLocale(db, this.deps.systemLocale ?? processLocale());
    const scheduler = new ReminderScheduler({
      clock,
      store: notifiedStore(db),
      settings: () => reminderSettings(db),
      notifier: { notify: (n) => this.deps.show(this.present(n, clientOf, locale)) },
    });
    return scheduler.run(deadlines.map((d) => subjectOf(d, locale)));
  }

  private present(n: ReminderNotification, clientOf: Map<number, number>, locale: string): ShownNotification {
    const clients = new Set(n.deadlineIds.map((id) => clientOf.get(Number(id))));
    const [only] = [...clients];
    return {
      title: notificationText(n.title, locale),
      body: notificationText(n.body, locale),
      route: clients.size === 1 && only !== undefined ? `/clients/${only}` : '/dashboard',
      target:
        clients.size === 1 && only !== undefined
          ? { clientId: only, deadlineId: n.deadlineIds.length === 1 ? Number(n.deadlineIds[0]) : null }
          : null,
      urgent: n.type === 'overdue' || n.escalated,
    };
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }

  private async tick(): Promise<void> {
    try {
      await this.runOnce();
    } catch (error) {
      // A failed run must not stop reminders for good: report it and try again at the next wake-up.
      this.deps.onError?.(error);
    }
    if (this.stopped) return;
    const now = this.deps.clock.now();
    let wake = now + MAX_SLEEP_MS;
    try {
      // Only the dates matter for the wake-up, so the titles' language does not.
      const subjects = allOpenDeadlines(this.deps.db).map((d) => subjectOf(d, 'en'));
      wake = Math.min(wake, nextWakeUp(subjects, now, reminderSettings(this.deps.db)));
    } catch (error) {
      this.deps.onError?.(error);
    }
    this.handle = this.timers.setTimeout(() => void this.tick(), Math.max(1000, wake - now));
  }
}
