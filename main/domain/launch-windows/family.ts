import type { ChecklistState } from '../../contract/applications';
import type { LaunchWindowAudience } from '../../contract/launch-windows';

/**
 * What the readiness rules need to know about one enrolled family, read by the db layer in
 * one snapshot. Plain data: the rules never touch the database or the clock.
 */
export interface MemberSnapshot {
  /** 'principal' or 'dependant-<id>'. */
  key: string;
  dependantId: number | null;
  audience: LaunchWindowAudience;
  /** How messages name the person ("Okafor, Chidi"). */
  name: string;
  dateOfBirth: string | null;
  addressCountry: string;
  /** Principals: null (their data is the file itself). */
  lastVerifiedOn: string | null;
  passports: { expiresOn: string | null }[];
  statuses: { country: string; statusType: string; validFrom: string | null; validTo: string | null }[];
  /** null: the member has no application in this window yet (added after enrolment). */
  checklist: { id?: number; labelKey: string; label: string; state: ChecklistState }[] | null;
  submitted: boolean;
}

export interface FamilySnapshot {
  /** The principal first, then dependants. */
  members: MemberSnapshot[];
}

export function memberKey(dependantId: number | null): string {
  return dependantId === null ? 'principal' : `dependant-${dependantId}`;
}

/** spouse and common-law partner share a checklist; 'other' relatives get their own. */
export function audienceOf(relationship: 'spouse' | 'common-law-partner' | 'child' | 'other' | null) {
  if (relationship === null) return 'principal' as const;
  if (relationship === 'spouse' || relationship === 'common-law-partner') return 'spouse' as const;
  if (relationship === 'child') return 'child' as const;
  return 'other-dependant' as const;
}
