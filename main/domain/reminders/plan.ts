/**
 * Which notifications are due now: pure, so the scheduler (scheduler.ts) only adds the clock,
 * the notifier and the "already notified" store.
 *
 * A day's reminders go out from `notifyAt` (firm time zone). Before that time, the "reminder day"
 * is still yesterday. For each open, unsnoozed deadline:
 *   - before the due day: the lead time in force is the smallest lead >= days left. It is sent
 *     once (key lead:<id>:<due>:<lead>). After a closed week, only that most recent lead fires,
 *     not every lead that was missed. A changed due date makes new keys, so it is notified again.
 *   - past the due day: overdue, once per reminder day ('daily', escalating) or once ever ('once').
 *   - a snooze that has ended sends one "snooze ended" notice, unless a lead or overdue
 *     notification goes out for the deadline in the same run (one notification per deadline).
 * Digest mode replaces the lead and overdue notices by one summary a day (key digest:<day>),
 * sent from `notifyAt` when there is anything to report; snooze endings are still sent alone,
 * because the person asked to be reminded at that moment.
 *
 * Notification texts are Messages (deadlineReminders.notification.*) with values title, kindKey,
 * dueDate and count; `title` is the deadline's own title and may be empty, in which case the
 * notifier shows the translated kind (kindKey) instead.
 *
 * API
 *   ReminderSettings, DEFAULT_REMINDER_SETTINGS, ReminderNotification
 *   planReminders(subjects, now, settings, isNotified)   -> notifications to send, in order
 *   digestCounts(subjects, now, timeZone)                -> { overdue, dueToday, next7Days, ids }
 */
import { addDays, daysBetween, type IsoDate } from '../deadlines/calendar-date';
import type { Message } from '../deadlines/explanation';
import { daysUntil, type Instant, localTimeIn, todayIn } from '../deadlines/time-zone';
import { type FirmLeadTimes, leadTimesFor } from './lead-times';
import { isSnoozed, type ReminderSubject } from './reminder-state';

export interface ReminderSettings {
  /** The firm's IANA time zone. */
  timeZone: string;
  /** 'each': one notification per reminder; 'digest': one summary a day. */
  mode: 'each' | 'digest';
  /** HH:MM on the firm's clock from which a day's reminders (or the digest) go out. */
  notifyAt: string;
  /** Re-notify overdue deadlines every day until done or dismissed, or only once. */
  overdue: 'daily' | 'once';
  firmLeadTimes?: FirmLeadTimes | null;
}

export const DEFAULT_REMINDER_SETTINGS: Omit<ReminderSettings, 'timeZone'> = {
  mode: 'each',
  notifyAt: '08:00',
  overdue: 'daily',
};

export interface ReminderNotification {
  type: 'lead' | 'overdue' | 'snooze-ended' | 'digest';
  /** Keys this notification settles; the scheduler records them once it has been shown. */
  keys: string[];
  /** What a click opens: the deadline, or the digest's deadlines. */
  deadlineIds: Array<number | string>;
  title: Message;
  body: Message;
  /** lead: the lead time (days) that fired. */
  leadDays: number | null;
  /** overdue: more than a day overdue (a repeat, when the app was running the day before). */
  escalated: boolean;
}

const open = (s: ReminderSubject, now: Instant) => !s.completedAt && !s.dismissedAt && !isSnoozed(s, now);

function dueKey(s: ReminderSubject): string {
  return s.dueTime ? `${s.dueOn}T${s.dueTime}` : s.dueOn;
}

function deadlineValues(s: ReminderSubject, daysLeft: number): Record<string, string | number> {
  return { title: s.title, kindKey: `deadlineKinds.${s.kind}`, dueDate: s.dueOn, count: Math.abs(daysLeft) };
}

/** The calendar day whose reminders are due: today once notifyAt has passed, else yesterday. */
export function reminderDay(settings: ReminderSettings, now: Instant): IsoDate {
  const today = todayIn(settings.timeZone, now);
  return localTimeIn(settings.timeZone, now) >= settings.notifyAt ? today : addDays(today, -1);
}

function perDeadline(
  s: ReminderSubject,
  now: Instant,
  settings: ReminderSettings,
  day: IsoDate,
  isNotified: (key: string) => boolean,
): ReminderNotification | null {
  const left = daysUntil(s.dueOn, settings.timeZone, now);
  // Days left as seen from the reminder day (yesterday until notifyAt), which picks the lead.
  const dayLeft = daysBetween(day, s.dueOn);
  const ids = [s.id];
  if (settings.mode === 'each' && dayLeft < 0) {
    const once = `overdue:${s.id}:${dueKey(s)}`;
    const key = settings.overdue === 'daily' ? `${once}:${day}` : once;
    if (!isNotified(key)) {
      const escalated = settings.overdue === 'daily' && dayLeft < -1;
      const values = deadlineValues(s, left);
      return {
        type: 'overdue',
        keys: [key],
        deadlineIds: ids,
        title: { key: 'deadlineReminders.notification.overdueTitle', values },
        body: { key: 'deadlineReminders.notification.overdueBody', values },
        leadDays: null,
        escalated,
      };
    }
  }
  if (settings.mode === 'each' && dayLeft >= 0) {
    const leads = leadTimesFor(s.kind, { firm: settings.firmLeadTimes, deadline: s.leadTimes });
    const inForce = leads.filter((lead) => lead >= dayLeft).at(-1);
    const key = `lead:${s.id}:${dueKey(s)}:${inForce}`;
    if (inForce !== undefined && !isNotified(key)) {
      const values = deadlineValues(s, left);
      const bodyKey = left <= 0 ? 'dueTodayBody' : 'dueInBody';
      return {
        type: 'lead',
        keys: [key],
        deadlineIds: ids,
        title: { key: 'deadlineReminders.notification.leadTitle', values },
        body: { key: `deadlineReminders.notification.${bodyKey}`, values },
        leadDays: inForce,
        escalated: false,
      };
    }
  }
  return null;
}

function snoozeEnded(
  s: ReminderSubject,
  now: Instant,
  settings: ReminderSettings,
): ReminderNotification | null {
  if (!s.snoozedUntil || isSnoozed(s, now)) return null;
  const values = deadlineValues(s, daysUntil(s.dueOn, settings.timeZone, now));
  return {
    type: 'snooze-ended',
    keys: [`snooze:${s.id}:${s.snoozedUntil}`],
    deadlineIds: [s.id],
    title: { key: 'deadlineReminders.notification.snoozeEndedTitle', values },
    body: { key: 'deadlineReminders.notification.snoozeEndedBody', values },
    leadDays: null,
    escalated: false,
  };
}

export interface DigestCounts {
  overdue: number;
  dueToday: number;
  next7Days: number;
  /** Deadlines in the digest, soonest first. */
  ids: Array<number | string>;
}

export function digestCounts(
  subjects: readonly ReminderSubject[],
  now: Instant,
  timeZone: string,
): DigestCounts {
  const counts: DigestCounts = { overdue: 0, dueToday: 0, next7Days: 0, ids: [] };
  const included: Array<[number, number | string]> = [];
  for (const s of subjects) {
    if (!open(s, now)) continue;
    const left = daysUntil(s.dueOn, timeZone, now);
    if (left > 7) continue;
    if (left < 0) counts.overdue++;
    else if (left === 0) counts.dueToday++;
    else counts.next7Days++;
    included.push([left, s.id]);
  }
  counts.ids = included.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  return counts;
}

export function planReminders(
  subjects: readonly ReminderSubject[],
  now: Instant,
  settings: ReminderSettings,
  isNotified: (key: string) => boolean,
): ReminderNotification[] {
  const day = reminderDay(settings, now);
  const planned: ReminderNotification[] = [];
  for (const s of subjects) {
    if (s.completedAt || s.dismissedAt || isSnoozed(s, now)) continue;
    const main = perDeadline(s, now, settings, day, isNotified);
    const woke = snoozeEnded(s, now, settings);
    const wokeKey = woke?.keys[0];
    if (main) planned.push(wokeKey ? { ...main, keys: [...main.keys, wokeKey] } : main);
    else if (woke && wokeKey && !isNotified(wokeKey)) planned.push(woke);
  }
  if (settings.mode === 'digest') {
    const today = todayIn(settings.timeZone, now);
    const key = `digest:${today}`;
    if (day === today && !isNotified(key)) {
      const counts = digestCounts(subjects, now, settings.timeZone);
      if (counts.ids.length > 0) {
        const values = { overdue: counts.overdue, dueToday: counts.dueToday, next7Days: counts.next7Days };
        planned.push({
          type: 'digest',
          keys: [key],
          deadlineIds: counts.ids,
          title: { key: 'deadlineReminders.notification.digestTitle', values: { count: counts.ids.length } },
          body: { key: 'deadlineReminders.notification.digestBody', values },
          leadDays: null,
          escalated: false,
        });
      }
    }
  }
  return planned;
}
