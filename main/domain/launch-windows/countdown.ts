/**
 * The launch-mode clock: time to opening, then time since, read in the window's own time zone
 * (America/Toronto for the 2023 program) whatever zone the firm's machine is set to. Pure Intl,
 * so the renderer can tick it every second without asking the main process.
 */

export type WindowPhase = 'before-opening' | 'open' | 'closed';

export interface Duration {
  totalMs: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export interface WallClock {
  date: string;
  time: string;
  /** 0 = Sunday ... 6 = Saturday: the 2023 window opened on a Sunday. */
  weekday: number;
  /** Minutes east of UTC in force at that instant (-240 for EDT). */
  utcOffsetMinutes: number;
}

export interface Countdown {
  phase: WindowPhase;
  /** Zero once open. */
  untilOpening: Duration;
  /** Zero before opening. */
  sinceOpening: Duration;
  /** null without a closing time, or once closed. */
  untilClosing: Duration | null;
  opens: WallClock;
  closes: WallClock | null;
  /** What the clock on the wall of the window's zone reads now. */
  now: WallClock;
}

export function duration(ms: number): Duration {
  const totalMs = Math.max(0, ms);
  const totalSeconds = Math.floor(totalMs / 1000);
  return {
    totalMs,
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor((totalSeconds % 86_400) / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a zone, computed without the machine's zone. */
export function wallClockIn(timeZone: string, epochMs: number): WallClock {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(epochMs))
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  const [hour, minute, second] = [Number(parts.hour), Number(parts.minute), Number(parts.second)];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${year}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    utcOffsetMinutes: Math.round((asUtc - wholeSecond) / 60_000),
  };
}

export function countdown(
  window: { opensAt: string; closesAt: string | null; timeZone: string },
  now: Date | number,
): Countdown {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const opensMs = Date.parse(window.opensAt);
  const closesMs = window.closesAt === null ? null : Date.parse(window.closesAt);
  const phase: WindowPhase =
    nowMs < opensMs ? 'before-opening' : closesMs !== null && nowMs >= closesMs ? 'closed' : 'open';
  return {
    phase,
    untilOpening: duration(opensMs - nowMs),
    sinceOpening: duration(nowMs - opensMs),
    untilClosing: closesMs === null || phase === 'closed' ? null : duration(closesMs - nowMs),
    opens: wallClockIn(window.timeZone, opensMs),
    closes: closesMs === null ? null : wallClockIn(window.timeZone, closesMs),
    now: wallClockIn(window.timeZone, nowMs),
  };
}
