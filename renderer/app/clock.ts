import { setFirmCalendar } from '../../main/contract/dates';

/**
 * The page's clock follows the data service's. In the desktop app both are the computer's
 * clock, so the offset is ~0; the preview's `--clock` (tests, demos) moves the service, and
 * without this the screens would count "today", overdue days and countdowns from a different
 * day than the dates the service stored. Set from every session the service answers.
 */
let offsetMs = 0;

export function followServiceClock(
  serviceNowIso: string,
  timeZone: string | null,
  localNow = Date.now(),
): void {
  const service = Date.parse(serviceNowIso);
  if (Number.isNaN(service)) return;
  offsetMs = service - localNow;
  // The contract's schemas (a date of birth not in the future) ask the same clock and zone.
  setFirmCalendar({ timeZone, now: appNow });
}

/** Now, on the service's clock. */
export function appNow(): Date {
  return new Date(Date.now() + offsetMs);
}
