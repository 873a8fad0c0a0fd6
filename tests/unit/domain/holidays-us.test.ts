import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { easterSunday, usFederalHolidays, usFederalHolidaysOn } from '../../../main/domain/deadlines';

const list = (year: number) =>
  usFederalHolidays(year).map((h) => `${h.date} ${h.id}${h.observed ? ' (observed)' : ''}`);

describe('US federal holidays (date-holidays, public only, with observed days)', () => {
  it('2026: eleven holidays, Independence Day observed on Friday 3 July', () => {
    expect(list(2026)).toEqual([
      '2026-01-01 us-new-years-day',
      '2026-01-19 us-martin-luther-king-day',
      '2026-02-16 us-washingtons-birthday',
      '2026-05-25 us-memorial-day',
      '2026-06-19 us-juneteenth',
      '2026-07-03 us-independence-day (observed)',
      '2026-07-04 us-independence-day',
      '2026-09-07 us-labor-day',
      '2026-10-12 us-columbus-day',
      '2026-11-11 us-veterans-day',
      '2026-11-26 us-thanksgiving',
      '2026-12-25 us-christmas-day',
    ]);
  });

  it('2027: Saturday Juneteenth and Christmas observed Friday, Sunday 4 July observed Monday, New Year 2028 on 31 December', () => {
    expect(list(2027)).toEqual([
      '2027-01-01 us-new-years-day',
      '2027-01-18 us-martin-luther-king-day',
      '2027-02-15 us-washingtons-birthday',
      '2027-05-31 us-memorial-day',
      '2027-06-18 us-juneteenth (observed)',
      '2027-06-19 us-juneteenth',
      '2027-07-04 us-independence-day',
      '2027-07-05 us-independence-day (observed)',
      '2027-09-06 us-labor-day',
      '2027-10-11 us-columbus-day',
      '2027-11-11 us-veterans-day',
      '2027-11-25 us-thanksgiving',
      '2027-12-24 us-christmas-day (observed)',
      '2027-12-25 us-christmas-day',
      '2027-12-31 us-new-years-day (observed)',
    ]);
  });

  it('observes Veterans Day on Friday when 11 November is a Saturday (date-holidays types it "bank")', () => {
    const publicOnly = new Holidays('US')
      .getHolidays(2023)
      .filter((h) => h.type === 'public' && h.name.startsWith('Veterans Day'));
    expect(publicOnly.map((h) => h.date.slice(0, 10))).toEqual(['2023-11-11']);
    expect(usFederalHolidaysOn('2023-11-10')).toEqual([
      { date: '2023-11-10', id: 'us-veterans-day', observed: true },
    ]);
    expect(usFederalHolidaysOn('2029-11-12')).toEqual([
      { date: '2029-11-12', id: 'us-veterans-day', observed: true },
    ]);
  });

  it('has no Juneteenth before 2021 and only public days (no Christmas Eve, no day after Thanksgiving)', () => {
    expect(list(2020).some((h) => h.includes('juneteenth'))).toBe(false);
    expect(usFederalHolidaysOn('2026-12-24')).toEqual([]);
    expect(usFederalHolidaysOn('2026-11-27')).toEqual([]);
    expect(usFederalHolidays(2026).filter((h) => !h.observed)).toHaveLength(11);
  });

  it('maps every public holiday of 2015-2035 to a named id', () => {
    for (let year = 2015; year <= 2035; year++) {
      expect(
        usFederalHolidays(year).filter((h) => h.id === 'us-federal-holiday'),
        String(year),
      ).toEqual([]);
    }
  });

  it('our Easter agrees with date-holidays for 1900-2200', () => {
    const hd = new Holidays('US');
    for (let year = 1900; year <= 2200; year++) {
      const easter = hd.getHolidays(year).find((h) => h.name === 'Easter Sunday');
      expect(easter?.date.slice(0, 10), String(year)).toBe(easterSunday(year));
    }
  });
});
