/**
 * Building blocks for holiday calendars: Easter and "nth weekday of a month" dates.
 *
 * API
 *   easterSunday(year)                        Gregorian Easter (Meeus/Jones/Butcher algorithm)
 *   nthWeekday(year, month, weekday, n)       e.g. second Monday of October (n = 2)
 *   weekdayBefore(year, month, day, weekday)  the last `weekday` strictly before the date
 *                                             (Victoria Day = Monday preceding 25 May)
 */
import { addDays, dayOfWeek, fromParts, type IsoDate } from './calendar-date';

export const SUNDAY = 0;
export const MONDAY = 1;
export const FRIDAY = 5;
export const SATURDAY = 6;

/** Computed rather than looked up, so any year works and no table has to be maintained. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromParts(year, month, day);
}

/** month 1-12, weekday 0 = Sunday ... 6 = Saturday, n >= 1. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  const first = fromParts(year, month, 1);
  const offset = (weekday - dayOfWeek(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

export function weekdayBefore(year: number, month: number, day: number, weekday: number): IsoDate {
  const date = fromParts(year, month, day);
  const back = (dayOfWeek(date) - weekday + 7) % 7 || 7;
  return addDays(date, -back);
}
