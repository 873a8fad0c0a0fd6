/**
 * ICS export (RFC 5545) of deadlines, for Outlook, Apple Calendar and Google Calendar. Pure: the
 * caller passes already translated text and the export instant, and gets the file's text back.
 *
 * - One VEVENT per deadline, UID `deadline-<id>@caseport.local`: stable, so importing again
 *   updates the event instead of duplicating it; SEQUENCE carries the row's version when given.
 * - All-day deadlines: DTSTART;VALUE=DATE with DTEND the next day (DTEND is exclusive), marked
 *   TRANSP:TRANSPARENT so a deadline does not block the day in free/busy.
 * - Timed deadlines (date + time + zone): DTSTART in UTC, no DTEND (the event is the moment).
 * - One VALARM (DISPLAY) per lead time. For all-day events the alarm fires at `alarmTime`
 *   (default 09:00) on the lead day, since an alarm at midnight is seldom what a person wants;
 *   pass alarmTime: null for plain -P<n>D triggers. For timed events: <n> days before the moment.
 * - CRLF line ends, lines folded at 75 octets, TEXT escaped.
 *
 * API
 *   IcsDeadline, IcsOptions
 *   deadlinesToIcs(deadlines, options) -> string
 *   icsUid(id)                          -> 'deadline-<id>@caseport.local'
 */
import { addDays, assertIsoDate, type IsoDate } from '../deadlines/calendar-date';
import { type Instant, zonedDateTimeToInstant } from '../deadlines/time-zone';
import { durationBefore, escapeText, foldLine, formatDate, formatUtc } from './ics-text';
import { normalizeLeadTimes } from './lead-times';

export interface IcsDeadline {
  id: number | string;
  /** Translated title, e.g. "Grace period ends – Élodie Durand". */
  summary: string;
  description?: string | null;
  dueOn: IsoDate;
  dueTime?: string | null;
  timeZone?: string | null;
  /** The lead times in force for this deadline (see leadTimesFor). */
  leadTimes: readonly number[];
  /** The deadline row's version, so calendars see a re-export as an update. */
  sequence?: number | null;
  /** UTC ISO instant of the last change. */
  updatedAt?: string | null;
}

export interface IcsOptions {
  /** The export instant, for DTSTAMP. */
  now: Instant;
  /** Shown by some clients as the calendar's name (X-WR-CALNAME). */
  calendarName?: string | null;
  /** HH:MM for all-day alarms, or null for midnight. Default '09:00'. */
  alarmTime?: string | null;
}

export function icsUid(id: number | string): string {
  return `deadline-${id}@caseport.local`;
}

function minutesOf(time: string | null): number {
  if (!time) return 0;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`alarmTime must be HH:MM, got ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function eventLines(d: IcsDeadline, stamp: string, alarmMinutes: number): string[] {
  const dueOn = assertIsoDate(d.dueOn, 'dueOn');
  const timed = Boolean(d.dueTime && d.timeZone);
  const lines = ['BEGIN:VEVENT', `UID:${icsUid(d.id)}`, `DTSTAMP:${stamp}`];
  if (timed) {
    lines.push(
      `DTSTART:${formatUtc(zonedDateTimeToInstant(dueOn, d.dueTime ?? '', d.timeZone ?? '').epochMs)}`,
    );
  } else {
    lines.push(
      `DTSTART;VALUE=DATE:${formatDate(dueOn)}`,
      `DTEND;VALUE=DATE:${formatDate(addDays(dueOn, 1))}`,
    );
    lines.push('TRANSP:TRANSPARENT');
  }
  lines.push(`SUMMARY:${escapeText(d.summary)}`);
  if (d.description) lines.push(`DESCRIPTION:${escapeText(d.description)}`);
  if (d.sequence !== null && d.sequence !== undefined) lines.push(`SEQUENCE:${d.sequence}`);
  if (d.updatedAt) lines.push(`LAST-MODIFIED:${formatUtc(Date.parse(d.updatedAt))}`);
  for (const lead of normalizeLeadTimes(d.leadTimes)) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(d.summary)}`,
      `TRIGGER:${durationBefore(lead, timed ? 0 : alarmMinutes)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

export function deadlinesToIcs(deadlines: readonly IcsDeadline[], options: IcsOptions): string {
  const nowMs = typeof options.now === 'number' ? options.now : options.now.getTime();
  const stamp = formatUtc(nowMs);
  const alarmMinutes = minutesOf(options.alarmTime === undefined ? '09:00' : options.alarmTime);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Caseport//Deadlines//EN', 'CALSCALE:GREGORIAN'];
  lines.push('METHOD:PUBLISH');
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  for (const d of deadlines) lines.push(...eventLines(d, stamp, alarmMinutes));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
