/**
 * RFC 5545 text rules the ICS export needs.
 *
 * API
 *   escapeText(value)        TEXT escaping (3.3.11): \ ; , and line breaks (as \n)
 *   foldLine(line)           content lines longer than 75 octets are folded (3.1): CRLF + one
 *                            space, never splitting a UTF-8 character
 *   formatDate(date)         YYYY-MM-DD -> YYYYMMDD (DATE value)
 *   formatUtc(epochMs)       -> YYYYMMDDTHHMMSSZ (DATE-TIME in UTC)
 *   durationBefore(days, minutesIntoDay)  alarm TRIGGER values such as -P7D or -P6DT15H
 */
import type { IsoDate } from '../deadlines/calendar-date';

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  // Continuation lines start with a space, which counts toward their 75 octets.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function formatDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

export function formatUtc(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * A negative duration from the event start. For all-day events the start is midnight, so an alarm
 * "7 days before, at 09:00" is 7 days back then 9 hours forward: -P6DT15H.
 */
export function durationBefore(days: number, minutesIntoDay = 0): string {
  const totalMinutes = days * 1440 - minutesIntoDay;
  if (totalMinutes === 0) return 'PT0S';
  const sign = totalMinutes < 0 ? '' : '-';
  let rest = Math.abs(totalMinutes);
  const d = Math.floor(rest / 1440);
  rest -= d * 1440;
  const h = Math.floor(rest / 60);
  const m = rest - h * 60;
  const time = h || m ? `T${h ? `${h}H` : ''}${m ? `${m}M` : ''}` : '';
  return `${sign}P${d ? `${d}D` : ''}${time}`;
}
