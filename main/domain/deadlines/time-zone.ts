/**
 * Where calendar dates meet the clock. Calendar dates have no zone; "today", "due in N days" and
 * timed deadlines (a date + HH:MM + IANA zone, e.g. a launch window opening) do. The instant is
 * always injected, never read here.
 *
 * Local times that do not exist or exist twice (DST changes) resolve like Temporal's
 * 'compatible' disambiguation, written out here because @date-fns/tz's TZDate resolves repeated
 * times differently depending on the zone (earlier in Toronto, later in London):
 *   - a time in the spring-forward gap moves forward by the gap: 02:30 on 8 March 2026 in
 *     America/Toronto is 03:30 EDT (07:30Z), reported as resolution 'shifted-forward';
 *   - a repeated fall-back time takes the first (daylight-time) occurrence: 01:30 on 1 November
 *     2026 in America/Toronto is 01:30 EDT (05:30Z), reported as 'earlier-of-two'.
 *
 * API
 *   todayIn(timeZone, now)                      the firm's calendar date at `now`
 *   localTimeIn(timeZone, now)                  'HH:MM' on the firm's wall clock
 *   daysUntil(date, timeZone, now)              whole calendar days from the firm's today (0 =
 *                                               today, negative = past)
 *   zonedDateTimeToInstant(date, time, zone)    { epochMs, iso, resolution }
 *   isTimeZone(name)                            the runtime knows this IANA zone
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { calendarDateIn } from '../../contract/dates';
import { daysBetween, type IsoDate, toParts } from './calendar-date';
import { DeadlineInputError } from './errors';

export type Instant = Date | number;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function assertTimeZone(name: string): string {
  if (!isTimeZone(name)) throw new DeadlineInputError('validation.timeZone', 'timeZone', { value: name });
  return name;
}

function zoned(timeZone: string, now: Instant): TZDate {
  return new TZDate(typeof now === 'number' ? now : now.getTime(), assertTimeZone(timeZone));
}

export function todayIn(timeZone: string, now: Instant): IsoDate {
  // One definition of "the firm's today" for main, renderer and engine.
  return calendarDateIn(assertTimeZone(timeZone), new Date(now));
}

export function localTimeIn(timeZone: string, now: Instant): string {
  const local = zoned(timeZone, now);
  return `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
}

export function daysUntil(date: IsoDate, timeZone: string, now: Instant): number {
  return daysBetween(todayIn(timeZone, now), date);
}

export type LocalTimeResolution = 'exact' | 'shifted-forward' | 'earlier-of-two';

export interface ResolvedInstant {
  epochMs: number;
  /** UTC ISO string, e.g. 2026-03-08T07:30:00.000Z */
  iso: string;
  resolution: LocalTimeResolution;
}

/** Offset (minutes east of UTC) in force at an instant. */
function offsetAt(timeZone: string, epochMs: number): number {
  return tzOffset(timeZone, new Date(epochMs));
}

export function zonedDateTimeToInstant(date: IsoDate, time: string, timeZone: string): ResolvedInstant {
  const { year, month, day } = toParts(date);
  const match = TIME.exec(time);
  if (!match) throw new DeadlineInputError('validation.time', 'dueTime', { value: time });
  assertTimeZone(timeZone);
  // The wall-clock reading as if it were UTC; the real instant is this minus the offset in force.
  const wall = Date.UTC(year, month - 1, day, Number(match[1]), Number(match[2]));
  // Offsets a day either side bracket any single DST change around this wall time.
  const before = offsetAt(timeZone, wall - DAY_MS);
  const after = offsetAt(timeZone, wall + DAY_MS);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((epochMs) => wall - offsetAt(timeZone, epochMs) * MINUTE_MS === epochMs)
    .sort((a, b) => a - b);
  const [first] = matches;
  if (first !== undefined) {
    const resolution = matches.length > 1 ? 'earlier-of-two' : 'exact';
    return { epochMs: first, iso: new Date(first).toISOString(), resolution };
  }
  // In the gap: read the wall time with the offset from before the change, which lands after it.
  const shifted = wall - before * MINUTE_MS;
  return { epochMs: shifted, iso: new Date(shifted).toISOString(), resolution: 'shifted-forward' };
}
