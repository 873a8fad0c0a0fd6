import type { EligibilityConfig } from '../../contract/launch-windows';
import { daysBetween } from '../deadlines/calendar-date';
import { type Blocker, blocker } from './blockers';
import { checkEligibility } from './eligibility';
import type { FamilySnapshot, MemberSnapshot } from './family';

/**
 * Readiness of a family for a launch window: a score (0-100) and the blockers. A family is
 * ready when no member who still has to be submitted has a blocker. 100 means ready and
 * nothing else: a family with any blocker scores at most 99, so the number never contradicts
 * the list.
 */

export interface ReadinessContext {
  eligibility: EligibilityConfig;
  /** The opening day in the window's time zone. */
  opensOn: string;
  /** Today in the window's time zone (staleness is counted to today, not to the opening). */
  today: string;
}

export interface MemberReadiness {
  memberKey: string;
  ready: boolean;
  eligible: boolean;
  blockers: Blocker[];
  /**
   * Eligibility problems of a member already submitted: they no longer hold the family back,
   * but they must stay visible (a file filed for someone ineligible is a risk to the client).
   */
  flags: Blocker[];
  /** Points earned / possible, summed into the family score. */
  earned: number;
  possible: number;
}

export interface FamilyReadiness {
  ready: boolean;
  eligible: boolean;
  score: number;
  blockers: Blocker[];
  /** Eligibility problems of members already submitted (see MemberReadiness.flags). */
  flags: Blocker[];
  members: MemberReadiness[];
}

// A received document still needs a person to check it: half way there.
const DOCUMENT_POINTS = {
  missing: 0,
  requested: 0,
  received: 0.5,
  verified: 1,
  'not-applicable': 1,
} as const;

function memberDataBlockers(
  member: MemberSnapshot,
  context: ReadinessContext,
): { checked: number; blockers: Blocker[] } {
  const blockers: Blocker[] = [];
  let checked = 0;
  const params = { member: member.name };
  if (context.eligibility.requireDateOfBirth) {
    checked += 1;
    if (!member.dateOfBirth) blockers.push(blocker('dateOfBirthMissing', member.key, params));
  }
  const within = context.eligibility.dependantVerifiedWithinDays;
  if (member.audience !== 'principal' && within !== null) {
    checked += 1;
    if (!member.lastVerifiedOn) blockers.push(blocker('dependantNeverVerified', member.key, params));
    else {
      const age = daysBetween(member.lastVerifiedOn, context.today);
      if (age > within)
        blockers.push(
          blocker('dependantStale', member.key, {
            ...params,
            lastVerifiedOn: member.lastVerifiedOn,
            days: age,
            within,
          }),
        );
    }
  }
  return { checked, blockers };
}

function documentBlockers(member: MemberSnapshot): { earned: number; possible: number; blockers: Blocker[] } {
  if (member.checklist === null)
    return {
      earned: 0,
      possible: 1,
      blockers: [blocker('applicationMissing', member.key, { member: member.name })],
    };
  const blockers: Blocker[] = [];
  let earned = 0;
  for (const item of member.checklist) {
    earned += DOCUMENT_POINTS[item.state];
    const params = {
      member: member.name,
      documentLabelKey: item.labelKey,
      documentLabel: item.label,
      // Lets the readiness screen mark this very document received or verified in place.
      ...(item.id !== undefined && { checklistItemId: item.id }),
    };
    if (item.state === 'missing' || item.state === 'requested')
      blockers.push(blocker('documentMissing', member.key, params));
    else if (item.state === 'received') blockers.push(blocker('documentUnverified', member.key, params));
  }
  return { earned, possible: member.checklist.length, blockers };
}

export function memberReadiness(member: MemberSnapshot, context: ReadinessContext): MemberReadiness {
  const eligibility = checkEligibility(context.eligibility, member, context.opensOn);
  const data = memberDataBlockers(member, context);
  const documents = documentBlockers(member);
  const checks = eligibility.checked + data.checked;
  const failedChecks = eligibility.blockers.length + data.blockers.length;
  const possible = checks + documents.possible;
  // A submitted member is done: whatever was missing no longer holds the family back.
  if (member.submitted)
    return {
      memberKey: member.key,
      ready: true,
      eligible: true,
      blockers: [],
      flags: eligibility.blockers,
      earned: possible,
      possible,
    };
  // Eligibility first: it decides whether the rest is worth chasing.
  const blockers = [...eligibility.blockers, ...data.blockers, ...documents.blockers];
  return {
    memberKey: member.key,
    ready: blockers.length === 0,
    eligible: eligibility.eligible,
    blockers,
    flags: [],
    earned: checks - failedChecks + documents.earned,
    possible,
  };
}

export function familyReadiness(family: FamilySnapshot, context: ReadinessContext): FamilyReadiness {
  const members = family.members.map((m) => memberReadiness(m, context));
  const earned = members.reduce((sum, m) => sum + m.earned, 0);
  const possible = members.reduce((sum, m) => sum + m.possible, 0);
  // Eligibility blockers of every member lead, then the paperwork, member by member.
  const all = members.flatMap((m) => m.blockers);
  const blockers = [...all.filter((b) => b.eligibility), ...all.filter((b) => !b.eligibility)];
  const ready = blockers.length === 0;
  const raw = possible === 0 ? 100 : Math.floor((100 * earned) / possible);
  return {
    ready,
    eligible: members.every((m) => m.eligible),
    score: ready ? 100 : Math.min(99, Math.max(0, raw)),
    blockers,
    flags: members.flatMap((m) => m.flags),
    members,
  };
}
