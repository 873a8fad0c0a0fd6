import { describe, expect, it } from 'vitest';
import {
  CANADIAN_PROVINCES,
  canadaHolidays,
  canadaHolidaysOn,
  easterSunday,
  provinceHasOwnDays,
} from '../../../main/domain/deadlines';

const federal = (year: number) => Object.fromEntries(canadaHolidays(year).map((h) => [h.id, h.date]));

describe('Canadian federal holidays (Interpretation Act s.35), built from the rules', () => {
  it.each([
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2019, '2019-04-21'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it.each([
    [
      2023,
      {
        'ca-new-years-day': '2023-01-01',
        'ca-good-friday': '2023-04-07',
        'ca-easter-monday': '2023-04-10',
        'ca-victoria-day': '2023-05-22',
        'ca-canada-day': '2023-07-01',
        'ca-labour-day': '2023-09-04',
        'ca-truth-and-reconciliation': '2023-09-30',
        'ca-thanksgiving': '2023-10-09',
        'ca-remembrance-day': '2023-11-11',
        'ca-christmas-day': '2023-12-25',
      },
    ],
    [
      2024,
      {
        'ca-new-years-day': '2024-01-01',
        'ca-good-friday': '2024-03-29',
        'ca-easter-monday': '2024-04-01',
        'ca-victoria-day': '2024-05-20',
        'ca-canada-day': '2024-07-01',
        'ca-labour-day': '2024-09-02',
        'ca-truth-and-reconciliation': '2024-09-30',
        'ca-thanksgiving': '2024-10-14',
        'ca-remembrance-day': '2024-11-11',
        'ca-christmas-day': '2024-12-25',
      },
    ],
    [
      2025,
      {
        'ca-new-years-day': '2025-01-01',
        'ca-good-friday': '2025-04-18',
        'ca-easter-monday': '2025-04-21',
        'ca-victoria-day': '2025-05-19',
        'ca-canada-day': '2025-07-01',
        'ca-labour-day': '2025-09-01',
        'ca-truth-and-reconciliation': '2025-09-30',
        'ca-thanksgiving': '2025-10-13',
        'ca-remembrance-day': '2025-11-11',
        'ca-christmas-day': '2025-12-25',
      },
    ],
    [
      2026,
      {
        'ca-new-years-day': '2026-01-01',
        'ca-good-friday': '2026-04-03',
        'ca-easter-monday': '2026-04-06',
        // 25 May 2026 is itself a Monday: Victoria Day is the Monday *preceding* it.
        'ca-victoria-day': '2026-05-18',
        'ca-canada-day': '2026-07-01',
        'ca-labour-day': '2026-09-07',
        'ca-truth-and-reconciliation': '2026-09-30',
        'ca-thanksgiving': '2026-10-12',
        'ca-remembrance-day': '2026-11-11',
        'ca-christmas-day': '2026-12-25',
      },
    ],
    [
      2027,
      {
        'ca-new-years-day': '2027-01-01',
        'ca-good-friday': '2027-03-26',
        'ca-easter-monday': '2027-03-29',
        'ca-victoria-day': '2027-05-24',
        'ca-canada-day': '2027-07-01',
        'ca-labour-day': '2027-09-06',
        'ca-truth-and-reconciliation': '2027-09-30',
        'ca-thanksgiving': '2027-10-11',
        'ca-remembrance-day': '2027-11-11',
        'ca-christmas-day': '2027-12-25',
      },
    ],
  ])('%i: every listed day, and nothing else', (year, expected) => {
    expect(federal(year)).toEqual(expected);
  });

  it('Canada Day moves to 2 July when 1 July is a Sunday (2029)', () => {
    expect(federal(2029)['ca-canada-day']).toBe('2029-07-02');
    expect(canadaHolidaysOn('2029-07-01')).toEqual([]);
  });

  it('National Day for Truth and Reconciliation only from 2021', () => {
    expect(federal(2020)['ca-truth-and-reconciliation']).toBeUndefined();
    expect(federal(2021)['ca-truth-and-reconciliation']).toBe('2021-09-30');
  });

  it('includes the proclaimed day of mourning of 19 September 2022', () => {
    expect(canadaHolidaysOn('2022-09-19').map((h) => h.id)).toEqual(['ca-day-of-mourning']);
    expect(federal(2023)['ca-day-of-mourning']).toBeUndefined();
  });

  it('has no provincial days without a province', () => {
    expect(canadaHolidaysOn('2026-12-26')).toEqual([]);
    expect(canadaHolidaysOn('2026-02-16')).toEqual([]);
    expect(canadaHolidaysOn('2026-06-24')).toEqual([]);
  });
});

describe('provincial non-juridical days', () => {
  const ids = (date: string, province: 'ON' | 'QC' | 'BC' | 'NB') =>
    canadaHolidaysOn(date, province).map((h) => h.id);

  it.each([
    ['2024-02-19', 'on-family-day'],
    ['2025-02-17', 'on-family-day'],
    ['2026-02-16', 'on-family-day'],
    ['2027-02-15', 'on-family-day'],
    ['2025-12-26', 'on-boxing-day'],
    ['2026-12-26', 'on-boxing-day'],
    // Legislation Act s.88: Monday after a Sunday New Year's Day; 27 December after a weekend Christmas.
    ['2023-01-02', 'on-new-years-day-substitute'],
    ['2022-12-27', 'on-christmas-substitute'],
    ['2027-12-27', 'on-christmas-substitute'],
  ])('Ontario %s: %s', (date, id) => {
    expect(ids(date, 'ON')).toContain(id);
  });

  it('Ontario has no Family Day before 2008 and no substitute in ordinary years', () => {
    expect(canadaHolidays(2007, 'ON').some((h) => h.id === 'on-family-day')).toBe(false);
    expect(canadaHolidays(2026, 'ON').some((h) => h.id === 'on-christmas-substitute')).toBe(false);
  });

  it.each([
    ['2026-01-02', 'qc-january-2'],
    ['2026-05-18', 'qc-national-patriots-day'],
    ['2025-06-24', 'qc-saint-jean-baptiste'],
    ['2026-06-24', 'qc-saint-jean-baptiste'],
    ['2026-12-26', 'qc-december-26'],
  ])('Quebec %s: %s', (date, id) => {
    expect(ids(date, 'QC')).toContain(id);
  });

  it.each([
    ['2025-02-17', 'bc-family-day'],
    ['2018-02-12', 'bc-family-day'],
    ['2025-08-04', 'bc-british-columbia-day'],
    ['2026-08-03', 'bc-british-columbia-day'],
    ['2026-12-26', 'bc-december-26'],
  ])('British Columbia %s: %s', (date, id) => {
    expect(ids(date, 'BC')).toContain(id);
  });

  it('federal days still apply with a province, and unconfigured provinces say so', () => {
    expect(ids('2026-07-01', 'QC')).toEqual(['ca-canada-day']);
    expect(ids('2026-12-26', 'NB')).toEqual([]);
    expect(provinceHasOwnDays('NB')).toBe(false);
    expect(CANADIAN_PROVINCES.filter(provinceHasOwnDays)).toEqual(['BC', 'ON', 'QC']);
  });
});
