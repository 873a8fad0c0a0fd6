import type { EligibilityConfig } from '../../contract/launch-windows';
import { addMonths } from '../deadlines/calendar-date';
import { type Blocker, blocker } from './blockers';
import type { MemberSnapshot } from './family';

/**
 * Eligibility: the checks a window's program sets (2023: the principal holds a valid H-1B and
 * lives in the US; passports outlast the permit they would carry). A failing check is a
 * blocker that paperwork alone will not lift, so the screen shows it apart.
 */

/** "H-1B", "h1b" and "H 1B" are the same status as typed by different people. */
export function statusTypeKey(statusType: string): string {
  return statusType.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function requiredStatusBlockers(
  config: NonNullable<EligibilityConfig['requiredStatus']>,
  principal: MemberSnapshot,
  opensOn: string,
): Blocker[] {
  const wanted = new Set(config.statusTypes.map(statusTypeKey));
  const matching = principal.statuses.filter(
    (s) => s.country === config.country && wanted.has(statusTypeKey(s.statusType)),
  );
  const statusTypes = config.statusTypes.join(', ');
  if (matching.length === 0)
    return [
      blocker('statusMissing', principal.key, {
        member: principal.name,
        statusTypes,
        country: config.country,
      }),
    ];
  const validAtOpening = matching.some(
    (s) => (s.validFrom === null || s.validFrom <= opensOn) && (s.validTo === null || s.validTo >= opensOn),
  );
  if (validAtOpening) return [];
  // Name the latest one: it is the status the firm would renew or correct.
  const latest = [...matching].sort((a, b) => (b.validTo ?? '').localeCompare(a.validTo ?? ''))[0];
  return [
    blocker('statusNotValidAtOpening', principal.key, {
      member: principal.name,
      statusType: latest?.statusType ?? statusTypes,
      validFrom: latest?.validFrom ?? '',
      validTo: latest?.validTo ?? '',
      opensOn,
    }),
  ];
}

/** The passport that lasts longest decides: a person renewing carries both for a while. */
function passportBlockers(member: MemberSnapshot, months: number, opensOn: string): Blocker[] {
  if (member.passports.length === 0) return [blocker('passportMissing', member.key, { member: member.name })];
  const expiries = member.passports.map((p) => p.expiresOn);
  if (expiries.every((e) => e === null))
    return [blocker('passportExpiryUnknown', member.key, { member: member.name })];
  const latest = expiries
    .filter((e): e is string => e !== null)
    .sort()
    .at(-1) as string;
  const requiredUntil = addMonths(opensOn, months);
  if (latest >= requiredUntil) return [];
  return [
    blocker('passportTooShort', member.key, {
      member: member.name,
      expiresOn: latest,
      requiredUntil,
      months,
    }),
  ];
}

function residenceBlockers(country: string, principal: MemberSnapshot): Blocker[] {
  if (principal.addressCountry === '')
    return [blocker('residenceUnknown', principal.key, { member: principal.name, country })];
  if (principal.addressCountry !== country)
    return [
      blocker('residenceOutside', principal.key, {
        member: principal.name,
        country,
        addressCountry: principal.addressCountry,
      }),
    ];
  return [];
}

export interface EligibilityResult {
  eligible: boolean;
  /** Checks made (for the score) and the ones that failed. */
  checked: number;
  blockers: Blocker[];
}

/**
 * Runs the window's checks on one member. `opensOn` is the opening day in the window's own
 * time zone: a passport "valid 6 months after opening" is counted from that calendar day.
 */
export function checkEligibility(
  config: EligibilityConfig,
  member: MemberSnapshot,
  opensOn: string,
): EligibilityResult {
  const blockers: Blocker[] = [];
  let checked = 0;
  const isPrincipal = member.audience === 'principal';
  if (isPrincipal && config.requiredStatus) {
    checked += 1;
    blockers.push(...requiredStatusBlockers(config.requiredStatus, member, opensOn));
  }
  if (isPrincipal && config.residenceCountry) {
    checked += 1;
    blockers.push(...residenceBlockers(config.residenceCountry, member));
  }
  if (
    config.passportMonthsAfterOpening !== null &&
    (isPrincipal || config.passportCheckAppliesTo === 'all')
  ) {
    checked += 1;
    blockers.push(...passportBlockers(member, config.passportMonthsAfterOpening, opensOn));
  }
  return { eligible: blockers.length === 0, checked, blockers };
}
