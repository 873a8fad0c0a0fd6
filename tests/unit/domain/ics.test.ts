import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  deadlinesToIcs,
  durationBefore,
  escapeText,
  foldLine,
  type IcsDeadline,
  icsUid,
} from '../../../main/domain/reminders';

const now = Date.parse('2026-03-16T13:45:30.123Z');
const summary = 'Biometrics; Élodie Durand, née Müller \\ famille — « 30 jours »';
const longDescription = `Instruction letter received, 2026-06-01.\nBring passport; photos, and the letter. ${'Très important: ne pas oublier. '.repeat(6)}`;

const deadlines: IcsDeadline[] = [
  { id: 12, summary, description: longDescription, dueOn: '2026-07-01', leadTimes: [7, 0, 30], sequence: 3 },
  {
    id: 13,
    summary: 'Launch window opens',
    dueOn: '2026-03-08',
    dueTime: '02:30',
    timeZone: 'America/Toronto',
    leadTimes: [1],
  },
  {
    id: 14,
    summary: 'Grace period ends',
    dueOn: '2024-02-29',
    leadTimes: [],
    updatedAt: '2026-03-01T10:00:00Z',
  },
];

const text = deadlinesToIcs(deadlines, { now, calendarName: 'Caseport — deadlines' });

describe('ICS export (RFC 5545)', () => {
  it('uses CRLF line ends and folds every line at 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('parses with ical.js and round-trips UIDs, dates, text and alarms', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Caseport — deadlines');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      'deadline-12@caseport.local',
      'deadline-13@caseport.local',
      'deadline-14@caseport.local',
    ]);

    const [allDay, timed, leap] = events.map((e) => new ICAL.Event(e));
    if (!allDay || !timed || !leap) throw new Error('three events expected');
    expect(allDay.summary).toBe(summary);
    expect(allDay.description).toBe(longDescription);
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe('2026-07-01');
    expect(allDay.endDate.toString()).toBe('2026-07-02');
    expect(allDay.sequence).toBe(3);
    expect(leap.startDate.toString()).toBe('2024-02-29');
    expect(leap.endDate.toString()).toBe('2024-03-01');

    // 02:30 does not exist on 8 March 2026 in Toronto: it resolves to 03:30 EDT = 07:30Z.
    expect(timed.startDate.isDate).toBe(false);
    expect(timed.startDate.toString()).toBe('2026-03-08T07:30:00Z');

    const stamp = events[0]?.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toString()).toBe('2026-03-16T13:45:30Z');
  });

  it('adds one alarm per lead time, at 09:00 on the lead day for all-day events', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [allDay, timed, leap] = calendar.getAllSubcomponents('vevent');
    const triggers = (e: ICAL.Component | undefined) =>
      (e?.getAllSubcomponents('valarm') ?? []).map((a) =>
        (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
      );
    const hours = 3600;
    expect(triggers(allDay)).toEqual([-(30 * 24 - 9) * hours, -(7 * 24 - 9) * hours, 9 * hours]);
    expect(triggers(timed)).toEqual([-24 * hours]);
    expect(triggers(leap)).toEqual([]);
    expect(allDay?.getAllSubcomponents('valarm')[0]?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('can use plain day triggers (-P7D) for all-day alarms', () => {
    const plain = deadlinesToIcs([{ id: 1, summary: 'RFE', dueOn: '2026-07-01', leadTimes: [7, 0] }], {
      now,
      alarmTime: null,
    });
    expect(plain).toContain('TRIGGER:-P7D\r\n');
    expect(plain).toContain('TRIGGER:PT0S\r\n');
  });

  it('is stable: same input, same text (UIDs do not change between exports)', () => {
    expect(deadlinesToIcs(deadlines, { now, calendarName: 'Caseport — deadlines' })).toBe(text);
    expect(icsUid(12)).toBe('deadline-12@caseport.local');
  });
});

describe('RFC 5545 text helpers', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it.each([
    [7, 0, '-P7D'],
    [7, 540, '-P6DT15H'],
    [1, 540, '-PT15H'],
    [0, 540, 'PT9H'],
    [0, 0, 'PT0S'],
    [3, 510, '-P2DT15H30M'],
  ])('durationBefore(%i days, %i min) = %s', (days, minutes, expected) => {
    expect(durationBefore(days, minutes)).toBe(expected);
  });
});
