import { describe, expect, it } from 'vitest';
import {
  adjustmentMessage,
  dayOffReasons,
  normalizeRollForward,
  type RollForwardOptions,
  rollForward,
  rollForwardMessage,
} from '../../../main/domain/deadlines';

const none = normalizeRollForward('none');
const us = normalizeRollForward('us-federal');
const ca = normalizeRollForward('ca-federal');
const caSat = normalizeRollForward({ policy: 'ca-federal', saturdayIsHoliday: true });

const path = (date: string, options: RollForwardOptions) => {
  const { date: final, adjustments } = rollForward(date, options);
  return [...adjustments.map((a) => `${a.from} ${a.reason}${a.observed ? ' (observed)' : ''}`), final];
};

describe('roll-forward policies', () => {
  it('none: the raw date stands, weekend or holiday', () => {
    expect(rollForward('2026-07-04', none)).toEqual({ date: '2026-07-04', adjustments: [] });
    expect(rollForward('2026-07-01', none)).toEqual({ date: '2026-07-01', adjustments: [] });
  });

  it.each([
    // 4 July 2026 is a Saturday: Saturday (Independence Day) -> Sunday -> Monday 6 July.
    ['2026-07-04', ['2026-07-04 us-independence-day', '2026-07-05 sunday', '2026-07-06']],
    // Friday 3 July 2026 is the observed holiday.
    [
      '2026-07-03',
      [
        '2026-07-03 us-independence-day (observed)',
        '2026-07-04 us-independence-day',
        '2026-07-05 sunday',
        '2026-07-06',
      ],
    ],
    ['2026-11-26', ['2026-11-26 us-thanksgiving', '2026-11-27']],
    ['2026-12-25', ['2026-12-25 us-christmas-day', '2026-12-26 saturday', '2026-12-27 sunday', '2026-12-28']],
    // Christmas 2027 is a Saturday, observed Friday 24 December.
    [
      '2027-12-24',
      [
        '2027-12-24 us-christmas-day (observed)',
        '2027-12-25 us-christmas-day',
        '2027-12-26 sunday',
        '2027-12-27',
      ],
    ],
    // Friday 31 December 2027 is the observed New Year's Day of 2028 (a Saturday).
    [
      '2027-12-31',
      [
        '2027-12-31 us-new-years-day (observed)',
        '2028-01-01 us-new-years-day',
        '2028-01-02 sunday',
        '2028-01-03',
      ],
    ],
    ['2026-03-07', ['2026-03-07 saturday', '2026-03-08 sunday', '2026-03-09']],
    ['2026-01-19', ['2026-01-19 us-martin-luther-king-day', '2026-01-20']],
    ['2026-10-12', ['2026-10-12 us-columbus-day', '2026-10-13']],
    // Canada Day is no US holiday.
    ['2026-07-01', ['2026-07-01']],
  ])('us-federal %s', (date, expected) => {
    expect(path(date, us)).toEqual(expected);
  });

  it.each([
    // Saturday 1 July 2023 is Canada Day itself, then Sunday: Monday 3 July.
    ['2023-07-01', ['2023-07-01 ca-canada-day', '2023-07-02 sunday', '2023-07-03']],
    ['2026-07-01', ['2026-07-01 ca-canada-day', '2026-07-02']],
    ['2026-10-12', ['2026-10-12 ca-thanksgiving', '2026-10-13']],
    // US Thanksgiving is an ordinary day in Canada.
    ['2026-11-26', ['2026-11-26']],
    ['2026-12-25', ['2026-12-25 ca-christmas-day', '2026-12-26']],
    // Saturday counts unless the deadline says otherwise.
    ['2026-03-07', ['2026-03-07']],
    ['2026-03-08', ['2026-03-08 sunday', '2026-03-09']],
    ['2026-04-03', ['2026-04-03 ca-good-friday', '2026-04-04']],
    ['2026-09-30', ['2026-09-30 ca-truth-and-reconciliation', '2026-10-01']],
    ['2020-09-30', ['2020-09-30']],
  ])('ca-federal %s', (date, expected) => {
    expect(path(date, ca)).toEqual(expected);
  });

  it.each([
    // Sat -> Sun -> Canada Day Monday 2 July 2029 -> Tuesday.
    ['2029-06-30', ['2029-06-30 saturday', '2029-07-01 sunday', '2029-07-02 ca-canada-day', '2029-07-03']],
    // Good Friday -> Saturday -> Sunday -> Easter Monday -> Tuesday.
    [
      '2026-04-03',
      [
        '2026-04-03 ca-good-friday',
        '2026-04-04 saturday',
        '2026-04-05 sunday',
        '2026-04-06 ca-easter-monday',
        '2026-04-07',
      ],
    ],
    ['2026-12-25', ['2026-12-25 ca-christmas-day', '2026-12-26 saturday', '2026-12-27 sunday', '2026-12-28']],
  ])('ca-federal with Saturday as a holiday %s', (date, expected) => {
    expect(path(date, caSat)).toEqual(expected);
  });

  it('ca-federal with a province adds its days (Ontario Boxing Day, Quebec 24 June)', () => {
    const on = normalizeRollForward({ policy: 'ca-federal', province: 'ON' });
    const qc = normalizeRollForward({ policy: 'ca-federal', province: 'QC' });
    expect(path('2025-12-25', on)).toEqual([
      '2025-12-25 ca-christmas-day',
      '2025-12-26 on-boxing-day',
      '2025-12-27',
    ]);
    expect(path('2026-06-24', qc)).toEqual(['2026-06-24 qc-saint-jean-baptiste', '2026-06-25']);
    expect(path('2026-06-24', ca)).toEqual(['2026-06-24']);
  });

  it('records every reason of a day and picks the holiday name first', () => {
    const reasons = dayOffReasons('2023-07-01', caSat).map((r) => r.id);
    expect(reasons).toEqual(['ca-canada-day', 'saturday']);
    const [first] = rollForward('2023-07-01', caSat).adjustments;
    expect(first).toMatchObject({ from: '2023-07-01', to: '2023-07-02', reason: 'ca-canada-day' });
    expect(first?.labelKey).toBe('deadlineHolidays.ca-canada-day');
  });

  it('Canadian options are ignored for other policies', () => {
    expect(normalizeRollForward({ policy: 'us-federal', saturdayIsHoliday: true, province: 'ON' })).toEqual({
      policy: 'us-federal',
      saturdayIsHoliday: false,
      province: null,
    });
  });

  it('describes adjustments and policies as i18n messages', () => {
    const [observed] = rollForward('2026-07-03', us).adjustments;
    expect(observed && adjustmentMessage(observed)).toEqual({
      key: 'deadlineExplain.adjustmentObserved',
      values: {
        fromDate: '2026-07-03',
        toDate: '2026-07-04',
        reasonKey: 'deadlineHolidays.us-independence-day',
      },
    });
    expect(rollForwardMessage(none)).toEqual({ key: 'deadlineExplain.rollForward.none' });
    expect(
      rollForwardMessage(
        normalizeRollForward({ policy: 'ca-federal', saturdayIsHoliday: true, province: 'QC' }),
      ),
    ).toEqual({
      key: 'deadlineExplain.rollForward.ca-federal-saturday-province',
      values: { provinceKey: 'provinces.QC' },
    });
  });
});
