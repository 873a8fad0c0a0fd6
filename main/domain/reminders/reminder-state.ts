/**
 * Where a deadline stands for reminders on a given instant, in the firm's time zone.
 *
 * States, first match wins: done (completed) > dismissed (with a reason) > snoozed (until an
 * instant still ahead) > overdue (the day has passed, or a timed deadline's moment has) >
 * due-today > upcoming.
 *
 * API
 *   ReminderSubject                 the deadline fields reminders need (same names as the
 *                                   contract's Deadline, so a row can be passed as is)
 *   reminderState(subject, { now, timeZone })  -> { state, daysUntil, dueInstant }
 *   dueInstantOf(subject)           epoch ms of a timed deadline, else null
 *   dismissal(reason, at)           the fields to store when dismissing; a blank reason throws
 *   snooze(until, now)              the field to store when snoozing; `until` must be ahead
 */
import type { DeadlineKind } from '../../contract/deadlines';
import type { IsoDate } from '../deadlines/calendar-date';
import { DeadlineInputError } from '../deadlines/errors';
import { daysUntil, type Instant, zonedDateTimeToInstant } from '../deadlines/time-zone';

export interface ReminderSubject {
  id: number | string;
  kind: DeadlineKind;
  /** Free text; may be empty (the kind's name is shown instead). */
  title: string;
  dueOn: IsoDate;
  dueTime?: string | null;
  timeZone?: string | null;
  /** Per-deadline lead times; null = the firm's for the kind. */
  leadTimes?: readonly number[] | null;
  completedAt?: string | null;
  dismissedAt?: string | null;
  dismissReason?: string | null;
  /** UTC ISO instant. */
  snoozedUntil?: string | null;
}

export const REMINDER_STATES = ['upcoming', 'due-today', 'overdue', 'done', 'dismissed', 'snoozed'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];

export interface ReminderStatus {
  state: ReminderState;
  /** Calendar days from the firm's today to the due date (negative once past). */
  daysUntil: number;
  /** Timed deadlines: the due moment (UTC ISO); otherwise null. */
  dueInstant: string | null;
}

function ms(now: Instant): number {
  return typeof now === 'number' ? now : now.getTime();
}

export function dueInstantOf(subject: ReminderSubject): number | null {
  if (!subject.dueTime || !subject.timeZone) return null;
  return zonedDateTimeToInstant(subject.dueOn, subject.dueTime, subject.timeZone).epochMs;
}

export function isSnoozed(subject: ReminderSubject, now: Instant): boolean {
  return Boolean(subject.snoozedUntil) && Date.parse(subject.snoozedUntil ?? '') > ms(now);
}

export function reminderState(
  subject: ReminderSubject,
  context: { now: Instant; timeZone: string },
): ReminderStatus {
  const days = daysUntil(subject.dueOn, context.timeZone, context.now);
  const due = dueInstantOf(subject);
  const status = (state: ReminderState): ReminderStatus => ({
    state,
    daysUntil: days,
    dueInstant: due === null ? null : new Date(due).toISOString(),
  });
  if (subject.completedAt) return status('done');
  if (subject.dismissedAt) return status('dismissed');
  if (isSnoozed(subject, context.now)) return status('snoozed');
  if (days < 0 || (due !== null && ms(context.now) >= due)) return status('overdue');
  return status(days === 0 ? 'due-today' : 'upcoming');
}

export function dismissal(reason: string, at: Instant): { dismissedAt: string; dismissReason: string } {
  const trimmed = reason.trim();
  if (!trimmed) throw new DeadlineInputError('validation.reasonRequired', 'reason');
  return { dismissedAt: new Date(ms(at)).toISOString(), dismissReason: trimmed };
}

export function snooze(until: Instant, now: Instant): { snoozedUntil: string } {
  if (ms(until) <= ms(now)) throw new DeadlineInputError('validation.invalid', 'until');
  return { snoozedUntil: new Date(ms(until)).toISOString() };
}
