import { describe, expect, it } from 'vitest';
import { eligibilityConfig } from '../../../main/contract/launch-windows';
import {
  checkEligibility,
  familyReadiness,
  type MemberSnapshot,
  type ReadinessContext,
} from '../../../main/domain/launch-windows';

// The 2023 program's checks (see db/launch-windows/templates.ts).
const rules2023 = eligibilityConfig.parse({
  requiredStatus: { country: 'US', statusTypes: ['H-1B'] },
  residenceCountry: 'US',
  passportMonthsAfterOpening: 6,
  passportCheckAppliesTo: 'all',
  dependantVerifiedWithinDays: 90,
});
const context: ReadinessContext = { eligibility: rules2023, opensOn: '2023-07-16', today: '2023-07-10' };

function principal(overrides: Partial<MemberSnapshot> = {}): MemberSnapshot {
  return {
    key: 'principal',
    dependantId: null,
    audience: 'principal',
    name: 'Okafor, Amara',
    dateOfBirth: '1988-02-29',
    addressCountry: 'US',
    lastVerifiedOn: null,
    passports: [{ expiresOn: '2030-01-09' }],
    statuses: [{ country: 'US', statusType: 'H-1B', validFrom: '2022-10-01', validTo: '2025-09-30' }],
    checklist: [{ labelKey: 'passport', label: '', state: 'verified' }],
    submitted: false,
    ...overrides,
  };
}

function spouse(overrides: Partial<MemberSnapshot> = {}): MemberSnapshot {
  return {
    ...principal(),
    key: 'dependant-7',
    dependantId: 7,
    audience: 'spouse',
    name: 'Okafor, Chidi',
    statuses: [],
    addressCountry: '',
    lastVerifiedOn: '2023-07-01',
    ...overrides,
  };
}

const codes = (members: MemberSnapshot[], ctx = context) =>
  familyReadiness({ members }, ctx).blockers.map((b) => `${b.memberKey}:${b.code}`);

describe('eligibility checks', () => {
  it.each([
    ['a valid H-1B on the opening day', {}, []],
    [
      'the status typed without the dash',
      { statuses: [{ country: 'US', statusType: 'h1b', validFrom: null, validTo: null }] },
      [],
    ],
    [
      'no H-1B at all',
      { statuses: [{ country: 'US', statusType: 'H-4', validFrom: null, validTo: null }] },
      ['statusMissing'],
    ],
    [
      'an H-1B of another country',
      { statuses: [{ country: 'CA', statusType: 'H-1B', validFrom: null, validTo: null }] },
      ['statusMissing'],
    ],
    [
      'an H-1B that ended the day before opening',
      { statuses: [{ country: 'US', statusType: 'H-1B', validFrom: null, validTo: '2023-07-15' }] },
      ['statusNotValidAtOpening'],
    ],
    [
      'an H-1B ending on the opening day (still valid that day)',
      { statuses: [{ country: 'US', statusType: 'H-1B', validFrom: null, validTo: '2023-07-16' }] },
      [],
    ],
    [
      'an H-1B starting after opening',
      { statuses: [{ country: 'US', statusType: 'H-1B', validFrom: '2023-10-01', validTo: null }] },
      ['statusNotValidAtOpening'],
    ],
    ['a passport exactly 6 months past opening', { passports: [{ expiresOn: '2024-01-16' }] }, []],
    ['a passport one day short', { passports: [{ expiresOn: '2024-01-15' }] }, ['passportTooShort']],
    [
      'an old short passport beside a renewed one',
      { passports: [{ expiresOn: '2023-08-01' }, { expiresOn: '2033-08-01' }] },
      [],
    ],
    ['no passport', { passports: [] }, ['passportMissing']],
    ['a passport without expiry date', { passports: [{ expiresOn: null }] }, ['passportExpiryUnknown']],
    ['living in Canada', { addressCountry: 'CA' }, ['residenceOutside']],
    ['no address country', { addressCountry: '' }, ['residenceUnknown']],
  ] as const)('principal with %s', (_label, overrides, expected) => {
    const result = checkEligibility(rules2023, principal(overrides as Partial<MemberSnapshot>), '2023-07-16');
    expect(result.blockers.map((b) => b.code)).toEqual(expected);
    expect(result.eligible).toBe(expected.length === 0);
    expect(result.blockers.every((b) => b.eligibility)).toBe(true);
  });

  it('counts the six months from the opening day in the window zone, month-end clamped', () => {
    // 31 August + 6 months = 29 February 2024 (a leap year), not 2 March.
    const result = checkEligibility(
      rules2023,
      principal({ passports: [{ expiresOn: '2024-02-29' }] }),
      '2023-08-31',
    );
    expect(result.blockers).toEqual([]);
    const short = checkEligibility(
      rules2023,
      principal({ passports: [{ expiresOn: '2024-02-29' }] }),
      '2023-09-01',
    );
    expect(short.blockers[0]?.params).toMatchObject({
      expiresOn: '2024-02-29',
      requiredUntil: '2024-03-01',
      months: 6,
    });
  });

  it('checks only the principal passport when configured so, and nothing when a check is off', () => {
    const principalOnly = { ...rules2023, passportCheckAppliesTo: 'principal' as const };
    expect(checkEligibility(principalOnly, spouse({ passports: [] }), '2023-07-16').blockers).toEqual([]);
    expect(checkEligibility(rules2023, spouse({ passports: [] }), '2023-07-16').blockers[0]?.code).toBe(
      'passportMissing',
    );
    const none = eligibilityConfig.parse({});
    expect(
      checkEligibility(none, principal({ statuses: [], passports: [], addressCountry: '' }), '2023-07-16'),
    ).toEqual({
      eligible: true,
      checked: 0,
      blockers: [],
    });
  });
});

describe('family readiness', () => {
  it('is ready with score 100 when every check passes and every document is verified or not applicable', () => {
    const result = familyReadiness(
      {
        members: [
          principal(),
          spouse({ checklist: [{ labelKey: 'photos', label: '', state: 'not-applicable' }] }),
        ],
      },
      context,
    );
    expect(result).toMatchObject({ ready: true, eligible: true, score: 100, blockers: [] });
  });

  it.each([
    [
      'a missing document',
      { checklist: [{ labelKey: 'passport', label: '', state: 'missing' }] },
      ['documentMissing'],
    ],
    [
      'a requested document',
      { checklist: [{ labelKey: '', label: 'Tax return', state: 'requested' }] },
      ['documentMissing'],
    ],
    [
      'a received, unverified document',
      { checklist: [{ labelKey: 'photos', label: '', state: 'received' }] },
      ['documentUnverified'],
    ],
    ['no application in the window', { checklist: null }, ['applicationMissing']],
    ['no date of birth', { dateOfBirth: null }, ['dateOfBirthMissing']],
    ['data never verified', { lastVerifiedOn: null }, ['dependantNeverVerified']],
    ['data verified 91 days ago', { lastVerifiedOn: '2023-04-10' }, ['dependantStale']],
    ['data verified exactly 90 days ago', { lastVerifiedOn: '2023-04-11' }, []],
    ['a passport too short', { passports: [{ expiresOn: '2023-12-31' }] }, ['passportTooShort']],
  ] as const)('blocks on the spouse with %s', (_label, overrides, expected) => {
    const blockers = codes([principal(), spouse(overrides as Partial<MemberSnapshot>)]);
    expect(blockers).toEqual(expected.map((code) => `dependant-7:${code}`));
  });

  it('names the member and the document in the blocker parameters', () => {
    const result = familyReadiness(
      {
        members: [
          principal(),
          spouse({
            lastVerifiedOn: '2023-01-01',
            checklist: [{ labelKey: 'relationshipProof', label: '', state: 'missing' }],
          }),
        ],
      },
      context,
    );
    expect(result.blockers).toEqual([
      expect.objectContaining({
        key: 'launchWindowBlockers.dependantStale',
        params: { member: 'Okafor, Chidi', lastVerifiedOn: '2023-01-01', days: 190, within: 90 },
      }),
      expect.objectContaining({
        key: 'launchWindowBlockers.documentMissing',
        params: { member: 'Okafor, Chidi', documentLabelKey: 'relationshipProof', documentLabel: '' },
      }),
    ]);
  });

  it('does not apply staleness to the principal', () => {
    expect(codes([principal({ lastVerifiedOn: null })])).toEqual([]);
  });

  it('scores partial progress below 100 and counts received documents as half', () => {
    const docs = (...states: ('missing' | 'received' | 'verified')[]) =>
      states.map((state) => ({ labelKey: 'passport', label: '', state }));
    // principal: 3 eligibility + 1 date-of-birth checks pass (4) + documents.
    const score = (checklist: ReturnType<typeof docs>) =>
      familyReadiness({ members: [principal({ checklist })] }, context).score;
    expect(score(docs('verified', 'missing', 'missing', 'missing'))).toBe(62); // (4+1)/8
    expect(score(docs('verified', 'received', 'received', 'received'))).toBe(81); // (4+2.5)/8
    expect(score(docs('received'))).toBe(90); // (4+0.5)/5
  });

  it('never scores a blocked family 100, even when nearly everything is done', () => {
    const checklist = Array.from({ length: 400 }, (_, i) => ({
      labelKey: '',
      label: `Doc ${i}`,
      state: i === 0 ? ('received' as const) : ('verified' as const),
    }));
    const result = familyReadiness({ members: [principal({ checklist })] }, context);
    expect(result.ready).toBe(false);
    expect(result.score).toBe(99);
  });

  it('stops blocking on a member once submitted', () => {
    const result = familyReadiness(
      { members: [principal({ submitted: true, checklist: null }), spouse()] },
      context,
    );
    expect(result.ready).toBe(true);
  });
});
