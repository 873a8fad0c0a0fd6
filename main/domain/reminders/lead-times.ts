/**
 * How many days before a deadline reminders go out.
 *
 * Precedence: the deadline's own list > the firm's list for its kind > the built-in list for the
 * kind > DEFAULT_LEAD_TIMES. 0 means "on the day".
 *
 * API
 *   DEFAULT_LEAD_TIMES                       30, 14, 7, 3, 1, 0
 *   BUILT_IN_LEAD_TIMES                      kinds that need a longer run-up by default
 *   FirmLeadTimes                            the firm setting: kind -> days
 *   normalizeLeadTimes(days)                 unique whole days 0-365, largest first (throws otherwise)
 *   leadTimesFor(kind, { firm, deadline })   the list that applies
 */
import type { DeadlineKind } from '../../contract/deadlines';
import { DeadlineInputError } from '../deadlines/errors';

export const DEFAULT_LEAD_TIMES: readonly number[] = Object.freeze([30, 14, 7, 3, 1, 0]);

export const MAX_LEAD_DAYS = 365;

/**
 * Informational dates that need months of preparation (a new passport, a green-card strategy
 * before the H-1B max-out, a new medical exam) start earlier; every other kind uses the default.
 */
export const BUILT_IN_LEAD_TIMES: Readonly<Partial<Record<DeadlineKind, readonly number[]>>> = {
  'h1b-max-out': [365, 180, 90, 30],
  'passport-expiry': [180, 90, 30, 7],
  'medical-validity': [60, 30, 14, 7],
};

export type FirmLeadTimes = Partial<Record<DeadlineKind, readonly number[]>>;

export function normalizeLeadTimes(days: readonly number[]): number[] {
  for (const d of days) {
    if (!Number.isInteger(d) || d < 0 || d > MAX_LEAD_DAYS) {
      throw new DeadlineInputError('validation.leadTimes', 'leadTimes', { value: String(d) });
    }
  }
  return [...new Set(days)].sort((a, b) => b - a);
}

export function leadTimesFor(
  kind: DeadlineKind,
  sources: { firm?: FirmLeadTimes | null; deadline?: readonly number[] | null } = {},
): number[] {
  const list = sources.deadline ?? sources.firm?.[kind] ?? BUILT_IN_LEAD_TIMES[kind] ?? DEFAULT_LEAD_TIMES;
  return normalizeLeadTimes(list);
}
