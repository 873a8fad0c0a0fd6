import { describe, expect, it } from 'vitest';
import {
  DeadlineInputError,
  daysUntil,
  localTimeIn,
  todayIn,
  zonedDateTimeToInstant,
} from '../../../main/domain/deadlines';

const at = (iso: string) => new Date(iso);

describe("the firm's today and days until", () => {
  it('today is the calendar date in the firm zone, whatever the machine zone', () => {
    expect(todayIn('America/Toronto', at('2026-03-01T03:30:00Z'))).toBe('2026-02-28');
    expect(todayIn('UTC', at('2026-03-01T03:30:00Z'))).toBe('2026-03-01');
    expect(todayIn('Asia/Kolkata', at('2026-02-28T20:00:00Z').getTime())).toBe('2026-03-01');
    expect(localTimeIn('America/Los_Angeles', at('2026-03-01T03:30:00Z'))).toBe('19:30');
  });

  it.each([
    // Toronto, spring forward on Sunday 8 March 2026.
    ['America/Toronto', '2026-03-07T17:00:00Z', '2026-03-09', 2],
    ['America/Toronto', '2026-03-08T05:30:00Z', '2026-03-09', 1], // 00:30 EST on the 8th
    ['America/Toronto', '2026-03-09T03:30:00Z', '2026-03-09', 1], // 23:30 EDT on the 8th
    ['America/Toronto', '2026-03-09T04:00:00Z', '2026-03-09', 0], // midnight EDT
    // Los Angeles, fall back on Sunday 1 November 2026.
    ['America/Los_Angeles', '2026-11-02T07:30:00Z', '2026-11-02', 1], // 23:30 PST on the 1st
    ['America/Los_Angeles', '2026-11-02T08:00:00Z', '2026-11-02', 0], // midnight PST
    ['America/Los_Angeles', '2026-11-01T07:30:00Z', '2026-11-01', 0], // 00:30 PDT
    ['America/Los_Angeles', '2026-11-01T06:59:00Z', '2026-11-01', 1], // 23:59 PDT on 31 Oct
    ['America/Toronto', '2026-03-10T15:00:00Z', '2026-03-09', -1],
  ])('%s at %s: %s is %i day(s) away', (zone, now, due, expected) => {
    expect(daysUntil(due, zone, at(now))).toBe(expected);
  });

  it('refuses an unknown zone', () => {
    expect(() => todayIn('Mars/Olympus', 0)).toThrow(DeadlineInputError);
  });
});

describe('timed deadlines to UTC instants across DST', () => {
  it.each([
    // America/Toronto, spring forward 2026-03-08 02:00 EST -> 03:00 EDT
    ['2026-03-07', '09:00', 'America/Toronto', '2026-03-07T14:00:00.000Z', 'exact'],
    ['2026-03-08', '01:59', 'America/Toronto', '2026-03-08T06:59:00.000Z', 'exact'],
    ['2026-03-08', '02:30', 'America/Toronto', '2026-03-08T07:30:00.000Z', 'shifted-forward'],
    ['2026-03-08', '03:00', 'America/Toronto', '2026-03-08T07:00:00.000Z', 'exact'],
    ['2026-03-09', '09:00', 'America/Toronto', '2026-03-09T13:00:00.000Z', 'exact'],
    // America/Toronto, fall back 2026-11-01 02:00 EDT -> 01:00 EST
    ['2026-11-01', '00:30', 'America/Toronto', '2026-11-01T04:30:00.000Z', 'exact'],
    ['2026-11-01', '01:30', 'America/Toronto', '2026-11-01T05:30:00.000Z', 'earlier-of-two'],
    ['2026-11-01', '02:30', 'America/Toronto', '2026-11-01T07:30:00.000Z', 'exact'],
    ['2026-11-02', '09:00', 'America/Toronto', '2026-11-02T14:00:00.000Z', 'exact'],
    // America/Los_Angeles, same days
    ['2026-03-07', '23:59', 'America/Los_Angeles', '2026-03-08T07:59:00.000Z', 'exact'],
    ['2026-03-08', '02:30', 'America/Los_Angeles', '2026-03-08T10:30:00.000Z', 'shifted-forward'],
    ['2026-03-08', '12:00', 'America/Los_Angeles', '2026-03-08T19:00:00.000Z', 'exact'],
    ['2026-11-01', '01:30', 'America/Los_Angeles', '2026-11-01T08:30:00.000Z', 'earlier-of-two'],
    ['2026-11-01', '12:00', 'America/Los_Angeles', '2026-11-01T20:00:00.000Z', 'exact'],
    // Positive offsets resolve the same way (TZDate alone would pick the later 01:30 here).
    ['2026-10-25', '01:30', 'Europe/London', '2026-10-25T00:30:00.000Z', 'earlier-of-two'],
    ['2026-03-29', '01:30', 'Europe/London', '2026-03-29T01:30:00.000Z', 'shifted-forward'],
    ['2026-07-16', '12:00', 'Asia/Kolkata', '2026-07-16T06:30:00.000Z', 'exact'],
  ])('%s %s %s -> %s (%s)', (date, time, zone, iso, resolution) => {
    expect(zonedDateTimeToInstant(date, time, zone)).toMatchObject({ iso, resolution });
  });

  it('refuses malformed times', () => {
    expect(() => zonedDateTimeToInstant('2026-03-08', '24:00', 'UTC')).toThrow(DeadlineInputError);
    expect(() => zonedDateTimeToInstant('2026-03-08', '9:00', 'UTC')).toThrow(DeadlineInputError);
  });
});
