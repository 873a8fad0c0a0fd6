/**
 * Calendar-date arithmetic on 'YYYY-MM-DD' strings.
 *
 * A deadline's date has no time zone: "30 days after 5 March" is the same day in Toronto and in
 * Manila. So every function here works on the date's own numbers through Date.UTC and never on a
 * local-time Date, which would shift a day near midnight or across a DST change.
 *
 * API
 *   isIsoDate(s)                  true for a real calendar date written YYYY-MM-DD (no 30 February)
 *   assertIsoDate(s, field)       same, throwing DeadlineInputError naming the field
 *   addDays(date, n)              n may be negative
 *   addMonths(date, n)            clamps to the month end: 31 Jan + 1 month = 28/29 Feb,
 *                                 31 Mar + 1 month = 30 Apr (Interpretation Act s.28)
 *   addYears(date, n)             29 Feb + 1 year = 28 Feb
 *   dayOfWeek(date)               0 = Sunday ... 6 = Saturday
 *   compareDates(a, b)            -1 / 0 / 1 (ISO strings also compare correctly as text)
 *   daysBetween(from, to)         whole days from `from` to `to` (negative when `to` is earlier)
 *   earliestDate(dates)           the minimum of a non-empty list
 *   ageOn(birthDate, onDate)      completed years of age on a date
 *   fromParts(y, m, d) / toParts  between numbers (month 1-12) and the ISO text
 */
import { DeadlineInputError } from './errors';

/** A calendar date written YYYY-MM-DD. Kept as a string so it can go to SQLite and JSON as is. */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export function toParts(date: IsoDate): DateParts {
  const match = ISO_DATE.exec(date);
  if (!match) throw new DeadlineInputError('deadlineExplain.errors.invalidDate', 'date', { value: date });
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function fromParts(year: number, month: number, day: number): IsoDate {
  return fromEpochDay(Date.UTC(year, month - 1, day) / DAY_MS);
}

function toEpochDay(date: IsoDate): number {
  const { year, month, day } = toParts(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * DAY_MS);
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) {
    throw new DeadlineInputError('deadlineExplain.errors.invalidDate', 'date', { value: String(year) });
  }
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws a DeadlineInputError that names the input, so a form can show it beside the field. */
export function assertIsoDate(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new DeadlineInputError('deadlineExplain.errors.invalidDate', field, { value: String(value) });
  }
  return value;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** End-of-month clamping: the day is kept when the target month has it, else the month's last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = toParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return fromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** 0 = Sunday ... 6 = Saturday, like Date#getUTCDay. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 (epoch day 0) was a Thursday (4).
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = toEpochDay(a) - toEpochDay(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function earliestDate(dates: readonly IsoDate[]): IsoDate {
  const [first, ...rest] = dates;
  if (first === undefined) throw new Error('earliestDate needs at least one date');
  return rest.reduce((min, d) => (compareDates(d, min) < 0 ? d : min), first);
}

/**
 * Completed years on `onDate`. A person born on 29 February turns a year older on 1 March in
 * common years (the anniversary "commences" only once 28 February has passed).
 */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  const birth = toParts(birthDate);
  const on = toParts(onDate);
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}
