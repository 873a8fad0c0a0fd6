/**
 * Canadian holidays for time limits, built from the statutes' rules (not from a holiday
 * package: date-holidays' `CA` set lists statutory days by province and lacks Thanksgiving,
 * Victoria Day, Easter Monday and Remembrance Day; see ../shared/domain.md).
 *
 * Federal (Interpretation Act, R.S.C. 1985, c. I-21, s.35 "holiday"): Sunday (handled by the
 * roll-forward as a weekday, not listed here), New Year's Day, Good Friday, Easter Monday,
 * Victoria Day (Monday preceding 25 May), Canada Day (1 July, or 2 July when 1 July is a Sunday:
 * Holidays Act s.2), Labour Day (first Monday of September), National Day for Truth and
 * Reconciliation (30 September, since 2021), Thanksgiving (proclaimed: second Monday of October),
 * Remembrance Day (11 November), Christmas Day, and days proclaimed for general mourning.
 * The Act adds "any day that is a non-juridical day by virtue of an Act of the legislature of the
 * province": PROVINCIAL_RULES adds those for the provinces configured so far.
 *
 * API
 *   canadaHolidays(year, province?)      every listed holiday of a year, sorted by date
 *   canadaHolidaysOn(date, province?)    the holidays falling on one date ([] if none)
 *   provinceHasOwnDays(province)         false when only the federal days apply so far, so the
 *                                        UI can say "no provincial days configured for NB"
 *   CANADIAN_PROVINCES, CA_HOLIDAY_IDS   vocabularies (ids are i18n keys under deadlineHolidays)
 */
import { PROVINCES } from '../../contract/users';
import { addDays, dayOfWeek, fromParts, type IsoDate, toParts } from './calendar-date';
import { easterSunday, MONDAY, nthWeekday, SATURDAY, SUNDAY, weekdayBefore } from './holiday-dates';

/** The provinces and territories the firm can choose (PROVINCES in the contract, without "none"). */
export const CANADIAN_PROVINCES = PROVINCES.filter(
  (p): p is Exclude<(typeof PROVINCES)[number], ''> => p !== '',
);
export type CanadianProvince = (typeof CANADIAN_PROVINCES)[number];

export const CA_HOLIDAY_IDS = [
  'ca-new-years-day',
  'ca-good-friday',
  'ca-easter-monday',
  'ca-victoria-day',
  'ca-canada-day',
  'ca-labour-day',
  'ca-truth-and-reconciliation',
  'ca-thanksgiving',
  'ca-remembrance-day',
  'ca-christmas-day',
  'ca-day-of-mourning',
  'on-family-day',
  'on-boxing-day',
  'on-new-years-day-substitute',
  'on-christmas-substitute',
  'qc-january-2',
  'qc-national-patriots-day',
  'qc-saint-jean-baptiste',
  'qc-december-26',
  'bc-family-day',
  'bc-british-columbia-day',
  'bc-december-26',
] as const;
export type CaHolidayId = (typeof CA_HOLIDAY_IDS)[number];

export interface CaHoliday {
  date: IsoDate;
  id: CaHolidayId;
}

/**
 * One-off days proclaimed "a day of general prayer or mourning" (s.35 lists them as holidays).
 * 19 September 2022: national day of mourning for Queen Elizabeth II. Add new proclamations here.
 */
const PROCLAIMED_DAYS: readonly CaHoliday[] = [{ date: '2022-09-19', id: 'ca-day-of-mourning' }];

function federalHolidays(year: number): CaHoliday[] {
  const easter = easterSunday(year);
  const julyFirst = fromParts(year, 7, 1);
  const days: CaHoliday[] = [
    { date: fromParts(year, 1, 1), id: 'ca-new-years-day' },
    { date: addDays(easter, -2), id: 'ca-good-friday' },
    { date: addDays(easter, 1), id: 'ca-easter-monday' },
    { date: weekdayBefore(year, 5, 25, MONDAY), id: 'ca-victoria-day' },
    // Holidays Act s.2(2): when 1 July is a Sunday, 2 July is Canada Day (1 July stays a Sunday).
    { date: dayOfWeek(julyFirst) === SUNDAY ? fromParts(year, 7, 2) : julyFirst, id: 'ca-canada-day' },
    { date: nthWeekday(year, 9, MONDAY, 1), id: 'ca-labour-day' },
    { date: nthWeekday(year, 10, MONDAY, 2), id: 'ca-thanksgiving' },
    { date: fromParts(year, 11, 11), id: 'ca-remembrance-day' },
    { date: fromParts(year, 12, 25), id: 'ca-christmas-day' },
  ];
  // Added to s.35 by S.C. 2021, c. 11, first observed 30 September 2021.
  if (year >= 2021) days.push({ date: fromParts(year, 9, 30), id: 'ca-truth-and-reconciliation' });
  days.push(...PROCLAIMED_DAYS.filter((d) => toParts(d.date).year === year));
  return days;
}

type ProvincialRule = (year: number) => CaHoliday[];

/**
 * Provincial days that the federal list lacks (the federal ones are not repeated).
 * ON: Legislation Act, 2006, s.87-88 (Family Day since 2008; Boxing Day; Monday after a Sunday
 *     New Year's Day; Monday after a Saturday Christmas, Tuesday after a Sunday Christmas).
 * QC: Interpretation Act (CQLR c. I-16) s.61 and Code of Civil Procedure art. 82 (2 January,
 *     National Patriots' Day = Monday preceding 25 May, 24 June, 26 December). The Code also makes
 *     Saturday non-juridical: that stays the per-deadline `saturdayIsHoliday` choice.
 * BC: Interpretation Act (RSBC 1996, c. 238) s.29 (Family Day: 2nd Monday of February 2013-2018,
 *     3rd Monday since 2019; British Columbia Day = 1st Monday of August; 26 December).
 */
const PROVINCIAL_RULES: Partial<Record<CanadianProvince, ProvincialRule>> = {
  ON: (year) => {
    const days: CaHoliday[] = [{ date: fromParts(year, 12, 26), id: 'on-boxing-day' }];
    if (year >= 2008) days.push({ date: nthWeekday(year, 2, MONDAY, 3), id: 'on-family-day' });
    const newYear = fromParts(year, 1, 1);
    if (dayOfWeek(newYear) === SUNDAY)
      days.push({ date: addDays(newYear, 1), id: 'on-new-years-day-substitute' });
    const christmas = fromParts(year, 12, 25);
    const christmasDay = dayOfWeek(christmas);
    if (christmasDay === SATURDAY || christmasDay === SUNDAY) {
      days.push({ date: fromParts(year, 12, 27), id: 'on-christmas-substitute' });
    }
    return days;
  },
  QC: (year) => [
    { date: fromParts(year, 1, 2), id: 'qc-january-2' },
    { date: weekdayBefore(year, 5, 25, MONDAY), id: 'qc-national-patriots-day' },
    { date: fromParts(year, 6, 24), id: 'qc-saint-jean-baptiste' },
    { date: fromParts(year, 12, 26), id: 'qc-december-26' },
  ],
  BC: (year) => {
    const days: CaHoliday[] = [
      { date: nthWeekday(year, 8, MONDAY, 1), id: 'bc-british-columbia-day' },
      { date: fromParts(year, 12, 26), id: 'bc-december-26' },
    ];
    if (year >= 2019) days.push({ date: nthWeekday(year, 2, MONDAY, 3), id: 'bc-family-day' });
    else if (year >= 2013) days.push({ date: nthWeekday(year, 2, MONDAY, 2), id: 'bc-family-day' });
    return days;
  },
};

export function provinceHasOwnDays(province: CanadianProvince): boolean {
  return PROVINCIAL_RULES[province] !== undefined;
}

const cache = new Map<string, readonly CaHoliday[]>();

export function canadaHolidays(year: number, province: CanadianProvince | null = null): readonly CaHoliday[] {
  const cacheKey = `${year}:${province ?? ''}`;
  let days = cache.get(cacheKey);
  if (!days) {
    const provincial = province ? (PROVINCIAL_RULES[province]?.(year) ?? []) : [];
    days = Object.freeze(
      [...federalHolidays(year), ...provincial].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      ),
    );
    cache.set(cacheKey, days);
  }
  return days;
}

export function canadaHolidaysOn(date: IsoDate, province: CanadianProvince | null = null): CaHoliday[] {
  return canadaHolidays(toParts(date).year, province).filter((h) => h.date === date);
}
