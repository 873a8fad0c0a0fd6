import { calendarDateIn } from '../contract/dates';
import { addYears } from '../domain/deadlines/calendar-date';

/** CICC Code s.23: client records are kept at least 6 years after the file is closed. */
export const MINIMUM_RETENTION_YEARS = 6;

/**
 * The date a closed file must be kept until (deletion is allowed from that day): the closing
 * date in the firm's zone plus the firm's retention, never fewer than the regulator's 6 years.
 * Fixed when the file is closed (clients.retain_until). 29 February falls back to the 28th.
 */
export function retainUntilDate(closedOn: string, retentionYears: number): string {
  return addYears(closedOn, Math.max(retentionYears, MINIMUM_RETENTION_YEARS));
}

/**
 * What deletion checks: the stored retain-until date, but never earlier than 6 years after the
 * closing date whatever is stored (a row edited by hand, or closed before the date was kept and
 * backfilled on UTC dates). Raising or lowering the setting later changes neither.
 */
export function keepUntil(
  closed: { archivedAt: string; retainUntil: string | null },
  timeZone: string,
): string {
  const minimum = retainUntilDate(
    calendarDateIn(timeZone, new Date(closed.archivedAt)),
    MINIMUM_RETENTION_YEARS,
  );
  return closed.retainUntil && closed.retainUntil > minimum ? closed.retainUntil : minimum;
}
