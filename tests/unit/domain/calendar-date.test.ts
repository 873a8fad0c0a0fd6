import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  compareDates,
  DeadlineInputError,
  dayOfWeek,
  daysBetween,
  earliestDate,
  isIsoDate,
} from '../../../main/domain/deadlines';

describe('calendar dates (YYYY-MM-DD, no time zone)', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
    [null, false],
  ])('isIsoDate(%s) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', 365, '2027-01-01'],
    // Over the DST change in any zone: still whole calendar days.
    ['2026-03-07', 2, '2026-03-09'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    // Interpretation Act s.28: one month after 31 March is 30 April.
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', -6, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-01-15', -13, '2024-12-15'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('addYears clamps 29 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2020-10-01', 6)).toBe('2026-10-01');
  });

  it.each([
    ['1970-01-01', 4],
    ['1969-12-31', 3],
    ['2000-02-29', 2],
    ['2026-07-04', 6],
    ['2029-07-01', 0],
  ])('dayOfWeek(%s) = %i', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });

  it('compares, counts and picks the earliest', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    expect(earliestDate(['2026-05-01', '2026-04-30', '2027-01-01'])).toBe('2026-04-30');
  });

  it.each([
    ['2012-01-16', '2026-01-15', 13],
    ['2012-01-15', '2026-01-15', 14],
    // Born on 29 February: a year older on 1 March in a common year.
    ['2012-02-29', '2026-02-28', 13],
    ['2012-02-29', '2026-03-01', 14],
  ])('ageOn(%s, %s) = %i', (birth, on, expected) => {
    expect(ageOn(birth, on)).toBe(expected);
  });

  it('refuses malformed dates with an i18n key', () => {
    expect(() => addDays('2026/01/01', 1)).toThrow(DeadlineInputError);
    try {
      addDays('2026/01/01', 1);
    } catch (error) {
      expect((error as DeadlineInputError).key).toBe('deadlineExplain.errors.invalidDate');
    }
  });
});
