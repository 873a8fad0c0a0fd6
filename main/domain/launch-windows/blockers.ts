/**
 * What stops a family from being ready, as i18n keys with parameters so the launch screen can
 * say it in a paralegal's words ("Passport of Chidi Okafor expires 2023-09-01, needs 2024-01-16").
 * Keys live under `launchWindowBlockers` in renderer/i18n/en/launch-windows.json.
 */
export const BLOCKER_CODES = [
  'documentMissing',
  'documentUnverified',
  'applicationMissing',
  'passportMissing',
  'passportExpiryUnknown',
  'passportTooShort',
  'statusMissing',
  'statusNotValidAtOpening',
  'residenceUnknown',
  'residenceOutside',
  'dateOfBirthMissing',
  'dependantNeverVerified',
  'dependantStale',
  // The client's file was closed after enrolment: read-only until reopened (main/clients/closed-file.ts).
  'fileClosed',
] as const;
export type BlockerCode = (typeof BLOCKER_CODES)[number];

/** Eligibility failures are the blockers that no amount of paperwork fixes before the window. */
export const ELIGIBILITY_CODES: readonly BlockerCode[] = [
  'passportMissing',
  'passportExpiryUnknown',
  'passportTooShort',
  'statusMissing',
  'statusNotValidAtOpening',
  'residenceUnknown',
  'residenceOutside',
  'fileClosed',
];

export interface Blocker {
  code: BlockerCode;
  /** i18n key: `launchWindowBlockers.<code>`. */
  key: string;
  /** Always includes `member` (the person's display name). */
  params: Record<string, string | number>;
  /** Which member it is about: 'principal' or 'dependant-<id>'. */
  memberKey: string;
  /** Eligibility failures are shown apart from missing paperwork. */
  eligibility: boolean;
}

export function blocker(
  code: BlockerCode,
  memberKey: string,
  params: Record<string, string | number>,
): Blocker {
  return {
    code,
    key: `launchWindowBlockers.${code}`,
    params,
    memberKey,
    eligibility: ELIGIBILITY_CODES.includes(code),
  };
}
