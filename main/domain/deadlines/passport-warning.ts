/**
 * Passport expiry warning: a permit is not issued past the passport's expiry (IRPR 52(1)
 * practice) and US admission is commonly cut to it, so a passport that expires within six months
 * of a status or permit end needs attention before anything is filed.
 *
 * API
 *   passportExpiryWarning({ passportExpiry, statusEndDate }) -> PassportWarning | null
 *     severity 'expires-before-end': the passport runs out before the status/permit end date
 *     severity 'within-six-months':  it runs out on or after the end date but less than six
 *                                    months after it
 */
import { addMonths, assertIsoDate, type IsoDate } from './calendar-date';
import { type Message, ruleSource, ruleTitle } from './explanation';

export const PASSPORT_WARNING_MONTHS = 6;

export interface PassportWarning {
  ruleId: 'passport-expiry-warning';
  severity: 'expires-before-end' | 'within-six-months';
  passportExpiry: IsoDate;
  statusEndDate: IsoDate;
  /** Status end + 6 months: a passport valid on or after this date raises no warning. */
  thresholdDate: IsoDate;
  title: Message;
  source: Message;
  message: Message;
}

export function passportExpiryWarning(inputs: {
  passportExpiry: IsoDate;
  statusEndDate: IsoDate;
}): PassportWarning | null {
  const passportExpiry = assertIsoDate(inputs.passportExpiry, 'passportExpiry');
  const statusEndDate = assertIsoDate(inputs.statusEndDate, 'statusEndDate');
  const thresholdDate = addMonths(statusEndDate, PASSPORT_WARNING_MONTHS);
  if (passportExpiry >= thresholdDate) return null;
  const severity = passportExpiry < statusEndDate ? 'expires-before-end' : 'within-six-months';
  return {
    ruleId: 'passport-expiry-warning',
    severity,
    passportExpiry,
    statusEndDate,
    thresholdDate,
    title: ruleTitle('passport-expiry-warning'),
    source: ruleSource('passport-expiry-warning'),
    message: {
      key: `deadlineExplain.warnings.${severity === 'expires-before-end' ? 'passportBeforeEnd' : 'passportWithinSixMonths'}`,
      values: { passportExpiryDate: passportExpiry, statusEndDate, months: PASSPORT_WARNING_MONTHS },
    },
  };
}
