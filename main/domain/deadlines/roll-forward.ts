/**
 * Roll-forward: moving a due date that lands on a day off to the next day that counts.
 *
 * Policies (one per deadline, stored beside it):
 *   'none'        the raw date stands. Electronic US filings count when submitted (USCIS Policy
 *                 Manual), and the safest default for anything whose source does not say otherwise.
 *   'us-federal'  paper filings and responses due on a Saturday, Sunday or federal holiday are
 *                 timely on the next business day (USCIS Policy Manual, 2023).
 *   'ca-federal'  Interpretation Act s.26: a time limit ending on a holiday runs to the next day
 *                 that is not a holiday. Sunday is always a holiday; Saturday only when the
 *                 deadline says so (`saturdayIsHoliday`); `province` adds its non-juridical days.
 *
 * Every skipped day is recorded as one adjustment, so a chain reads day by day:
 * Saturday 1 July 2023 (Canada Day) -> Sunday 2 July (Sunday) -> Monday 3 July.
 *
 * API
 *   ROLL_FORWARD_POLICIES, RollForwardPolicy, RollForwardOptions, Adjustment, DayOffReason
 *   normalizeRollForward(policyOrOptions)  string or object -> full options object
 *   dayOffReasons(date, options)           why a date does not count ([] = it counts)
 *   isCountingDay(date, options)           dayOffReasons(...).length === 0
 *   rollForward(date, options)             { date, adjustments }
 *   adjustmentMessage(adjustment)          "Saturday 1 July (Canada Day): moved to 2 July" as a Message
 *   rollForwardMessage(options)            the policy in words, as a Message
 */
import { addDays, dayOfWeek, type IsoDate } from './calendar-date';
import { SATURDAY, SUNDAY } from './holiday-dates';
import { type CaHolidayId, type CanadianProvince, canadaHolidaysOn } from './holidays-ca';
import { type UsHolidayId, usFederalHolidaysOn } from './holidays-us';
import type { Message } from './message';

export const ROLL_FORWARD_POLICIES = ['none', 'us-federal', 'ca-federal'] as const;
export type RollForwardPolicy = (typeof ROLL_FORWARD_POLICIES)[number];

export interface RollForwardOptions {
  policy: RollForwardPolicy;
  /** ca-federal only: treat Saturday as a holiday too (some rules and Quebec's civil procedure do). */
  saturdayIsHoliday: boolean;
  /** ca-federal only: adds that province's non-juridical days. */
  province: CanadianProvince | null;
}

export type DayOffId = 'saturday' | 'sunday' | CaHolidayId | UsHolidayId;

export interface DayOffReason {
  id: DayOffId;
  /** i18n key of the day's name, e.g. deadlineHolidays.ca-canada-day */
  labelKey: string;
  /** US only: the weekday on which a weekend holiday is observed. */
  observed: boolean;
}

export interface Adjustment {
  from: IsoDate;
  to: IsoDate;
  /** The main reason the `from` day does not count (a holiday's name before "Saturday"). */
  reason: DayOffId;
  labelKey: string;
  observed: boolean;
  /** Every reason, e.g. Canada Day and Saturday. */
  reasons: DayOffReason[];
}

export function normalizeRollForward(
  value: RollForwardPolicy | (Partial<RollForwardOptions> & { policy: RollForwardPolicy }),
): RollForwardOptions {
  const options = typeof value === 'string' ? { policy: value } : value;
  const isCanada = options.policy === 'ca-federal';
  return {
    policy: options.policy,
    saturdayIsHoliday: isCanada ? (options.saturdayIsHoliday ?? false) : false,
    province: isCanada ? (options.province ?? null) : null,
  };
}

const reason = (id: DayOffId, observed = false): DayOffReason => ({
  id,
  labelKey: `deadlineHolidays.${id}`,
  observed,
});

export function dayOffReasons(date: IsoDate, options: RollForwardOptions): DayOffReason[] {
  if (options.policy === 'none') return [];
  const weekday = dayOfWeek(date);
  const reasons: DayOffReason[] = [];
  if (options.policy === 'us-federal') {
    for (const h of usFederalHolidaysOn(date)) reasons.push(reason(h.id, h.observed));
    if (weekday === SATURDAY) reasons.push(reason('saturday'));
    if (weekday === SUNDAY) reasons.push(reason('sunday'));
  } else {
    for (const h of canadaHolidaysOn(date, options.province)) reasons.push(reason(h.id));
    if (weekday === SATURDAY && options.saturdayIsHoliday) reasons.push(reason('saturday'));
    if (weekday === SUNDAY) reasons.push(reason('sunday'));
  }
  return reasons;
}

export function isCountingDay(date: IsoDate, options: RollForwardOptions): boolean {
  return dayOffReasons(date, options).length === 0;
}

// No real calendar has this many days off in a row; the bound only guards against a broken rule.
const MAX_STEPS = 31;

export function rollForward(
  date: IsoDate,
  options: RollForwardOptions,
): { date: IsoDate; adjustments: Adjustment[] } {
  const adjustments: Adjustment[] = [];
  let current = date;
  for (let step = 0; step <= MAX_STEPS; step++) {
    const reasons = dayOffReasons(current, options);
    const [main] = reasons;
    if (!main) return { date: current, adjustments };
    const next = addDays(current, 1);
    adjustments.push({
      from: current,
      to: next,
      reason: main.id,
      labelKey: main.labelKey,
      observed: main.observed,
      reasons,
    });
    current = next;
  }
  throw new Error(`rollForward: no counting day within ${MAX_STEPS} days of ${date}`);
}

export function adjustmentMessage(adjustment: Adjustment): Message {
  return {
    key: adjustment.observed ? 'deadlineExplain.adjustmentObserved' : 'deadlineExplain.adjustment',
    values: { fromDate: adjustment.from, toDate: adjustment.to, reasonKey: adjustment.labelKey },
  };
}

export function rollForwardMessage(options: RollForwardOptions): Message {
  if (options.policy !== 'ca-federal') return { key: `deadlineExplain.rollForward.${options.policy}` };
  const variant = options.saturdayIsHoliday ? 'ca-federal-saturday' : 'ca-federal';
  return options.province
    ? {
        key: `deadlineExplain.rollForward.${variant}-province`,
        values: { provinceKey: `provinces.${options.province}` },
      }
    : { key: `deadlineExplain.rollForward.${variant}` };
}
