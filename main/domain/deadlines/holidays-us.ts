/**
 * US federal holidays (5 U.S.C. 6103) from the maintained date-holidays package, public days
 * only: New Year's Day, Martin Luther King Jr. Day, Washington's Birthday, Memorial Day,
 * Juneteenth (since 2021), Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving,
 * Christmas Day.
 *
 * Observed days: federal offices close on the Friday before a holiday that falls on a Saturday and
 * the Monday after one that falls on a Sunday (5 U.S.C. 6103(b), E.O. 11582). date-holidays 3.x
 * marks those as "substitute" days for most holidays but not for Veterans Day (11 November 2023,
 * a Saturday, was observed on Friday 10 November), so the observed days are derived here for every
 * holiday; the package's own substitutes then coincide and are merged.
 *
 * API
 *   usFederalHolidays(year)   holidays and observed days dated in `year` (including the Friday
 *                             31 December observed for a Saturday New Year's Day), sorted
 *   usFederalHolidaysOn(date) the entries falling on one date ([] if none)
 *   US_HOLIDAY_IDS            vocabulary (ids are i18n keys under deadlineHolidays)
 */
import Holidays from 'date-holidays';
import { addDays, dayOfWeek, type IsoDate, toParts } from './calendar-date';
import { SATURDAY, SUNDAY } from './holiday-dates';

export const US_HOLIDAY_IDS = [
  'us-new-years-day',
  'us-martin-luther-king-day',
  'us-washingtons-birthday',
  'us-memorial-day',
  'us-juneteenth',
  'us-independence-day',
  'us-labor-day',
  'us-columbus-day',
  'us-veterans-day',
  'us-thanksgiving',
  'us-christmas-day',
  'us-federal-holiday',
] as const;
export type UsHolidayId = (typeof US_HOLIDAY_IDS)[number];

export interface UsHoliday {
  date: IsoDate;
  id: UsHolidayId;
  /** true for the weekday a weekend holiday is observed on (the office is closed that day). */
  observed: boolean;
}

// date-holidays' default (US data) names -> our ids. Names depend on the package's language
// option ('en' gives "Labour Day"), so the calendar is built without one and both spellings are
// mapped. An unknown public name still counts as a holiday (generic id), so a package update can
// only add closed days, never silently drop one; a test fails if a generic id ever appears.
const NAME_TO_ID: Record<string, UsHolidayId> = {
  "New Year's Day": 'us-new-years-day',
  'Martin Luther King Jr. Day': 'us-martin-luther-king-day',
  "Washington's Birthday": 'us-washingtons-birthday',
  'Memorial Day': 'us-memorial-day',
  Juneteenth: 'us-juneteenth',
  'Independence Day': 'us-independence-day',
  'Labor Day': 'us-labor-day',
  'Labour Day': 'us-labor-day',
  'Columbus Day': 'us-columbus-day',
  'Veterans Day': 'us-veterans-day',
  'Thanksgiving Day': 'us-thanksgiving',
  'Christmas Day': 'us-christmas-day',
};

const calendar = new Holidays('US');

/** Actual dates of the public holidays of one year (no substitutes). */
function actualDays(year: number): Omit<UsHoliday, 'observed'>[] {
  return calendar
    .getHolidays(year)
    .filter((h) => h.type === 'public' && !h.substitute)
    .map((h) => ({ date: h.date.slice(0, 10), id: NAME_TO_ID[h.name] ?? 'us-federal-holiday' }));
}

const cache = new Map<number, readonly UsHoliday[]>();

export function usFederalHolidays(year: number): readonly UsHoliday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const entries: UsHoliday[] = [];
  // Neighbouring years too: a Saturday 1 January is observed on 31 December of the year before.
  for (const day of [...actualDays(year - 1), ...actualDays(year), ...actualDays(year + 1)]) {
    entries.push({ ...day, observed: false });
    const weekday = dayOfWeek(day.date);
    if (weekday === SATURDAY) entries.push({ date: addDays(day.date, -1), id: day.id, observed: true });
    if (weekday === SUNDAY) entries.push({ date: addDays(day.date, 1), id: day.id, observed: true });
  }
  const inYear = entries
    .filter((h) => toParts(h.date).year === year)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.observed) - Number(b.observed)));
  const result = Object.freeze(inYear);
  cache.set(year, result);
  return result;
}

export function usFederalHolidaysOn(date: IsoDate): UsHoliday[] {
  return usFederalHolidays(toParts(date).year).filter((h) => h.date === date);
}
