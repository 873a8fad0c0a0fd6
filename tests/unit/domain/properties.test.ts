import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  CANADIAN_PROVINCES,
  compareDates,
  computeDeadline,
  daysBetween,
  isCountingDay,
  normalizeRollForward,
  rollForward,
  zonedDateTimeToInstant,
} from '../../../main/domain/deadlines';

// 1990-01-01 .. 2060-12-31 as days from 1970-01-01.
const dateArb = fc.integer({ min: 7305, max: 33237 }).map((n) => addDays('1970-01-01', n));
const policyArb = fc.oneof(
  fc.constant(normalizeRollForward('none')),
  fc.constant(normalizeRollForward('us-federal')),
  fc
    .record({ saturdayIsHoliday: fc.boolean(), province: fc.constantFrom(null, ...CANADIAN_PROVINCES) })
    .map((o) => normalizeRollForward({ policy: 'ca-federal', ...o })),
);

describe('properties', () => {
  it('the adjusted date is never before the raw date, and is a counting day under its policy', () => {
    fc.assert(
      fc.property(dateArb, policyArb, (date, policy) => {
        const result = rollForward(date, policy);
        expect(compareDates(result.date, date)).toBeGreaterThanOrEqual(0);
        expect(isCountingDay(result.date, policy)).toBe(true);
        if (policy.policy !== 'none') {
          const weekday = new Date(`${result.date}T00:00:00Z`).getUTCDay();
          expect(weekday).not.toBe(0);
          if (policy.policy === 'us-federal' || policy.saturdayIsHoliday) expect(weekday).not.toBe(6);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('adjustments chain day by day from the raw date to the final date', () => {
    fc.assert(
      fc.property(dateArb, policyArb, (date, policy) => {
        const { date: final, adjustments } = rollForward(date, policy);
        let current = date;
        for (const a of adjustments) {
          expect(a.from).toBe(current);
          expect(a.to).toBe(addDays(current, 1));
          current = a.to;
        }
        expect(current).toBe(final);
        expect(rollForward(final, policy).adjustments).toEqual([]);
      }),
    );
  });

  it('recomputing is idempotent for every rule input', () => {
    const requests = fc.oneof(
      fc.record({
        ruleId: fc.constant('us-grace-period'),
        inputs: fc.record({
          classification: fc.constantFrom('H-1B', 'H-4', 'TN', 'L-2'),
          employmentEndDate: dateArb,
          i94Date: dateArb,
        }),
      }),
      fc.record({
        ruleId: fc.constantFrom('us-rfe-response', 'us-noid-response'),
        inputs: fc.record({
          noticeDate: dateArb,
          responseDays: fc.integer({ min: 1, max: 120 }),
          mailed: fc.boolean(),
          filing: fc.constantFrom('paper', 'electronic'),
        }),
      }),
      fc.record({ ruleId: fc.constant('ca-restoration'), inputs: fc.record({ lossOfStatusDate: dateArb }) }),
    );
    fc.assert(
      fc.property(requests, policyArb, (request, policy) => {
        const full = { ...request, rollForward: policy };
        expect(computeDeadline(full)).toEqual(computeDeadline(structuredClone(full)));
      }),
    );
  });

  it('the grace period never runs past employment end + 60 days nor past the stay end', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (employmentEndDate, i94Date) => {
        const result = computeDeadline({
          ruleId: 'us-grace-period',
          inputs: { classification: 'H-1B', employmentEndDate, i94Date },
        });
        if (!result.ok || result.value.outcome !== 'deadline') throw new Error('expected a deadline');
        expect(compareDates(result.value.dueOn, addDays(employmentEndDate, 60))).toBeLessThanOrEqual(0);
        expect(compareDates(result.value.dueOn, i94Date)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('RFE and NOID: due date >= raw date >= notice date + period (capped)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 200 }),
        fc.boolean(),
        (noticeDate, responseDays, mailed) => {
          const result = computeDeadline({
            ruleId: 'us-noid-response',
            inputs: { noticeDate, responseDays, mailed, filing: 'paper' },
          });
          if (!result.ok || result.value.outcome !== 'deadline') throw new Error('expected a deadline');
          const raw = result.value.explanation.rawDate;
          expect(daysBetween(noticeDate, raw)).toBe(Math.min(responseDays, 30) + (mailed ? 3 : 0));
          expect(compareDates(result.value.dueOn, raw)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('date arithmetic round-trips', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(addDays(addDays(date, n), -n)).toBe(date);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -120, max: 120 }), (date, months) => {
        const result = addMonths(date, months);
        expect(Number(result.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
        const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
        expect(monthIndex(result) - monthIndex(date)).toBe(months);
      }),
    );
  });

  it('a timed deadline maps to an instant that shows the same wall time (unless in a DST gap)', () => {
    const zones = fc.constantFrom(
      'America/Toronto',
      'America/Los_Angeles',
      'Europe/London',
      'Australia/Sydney',
    );
    const times = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(dateArb, times, zones, (date, time, zone) => {
        const resolved = zonedDateTimeToInstant(date, time, zone);
        const shown = new Intl.DateTimeFormat('en-CA', {
          timeZone: zone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(resolved.epochMs);
        if (resolved.resolution === 'shifted-forward') expect(shown).not.toContain(time);
        else expect(shown).toBe(`${date}, ${time}`);
      }),
      { numRuns: 500 },
    );
  });
});
