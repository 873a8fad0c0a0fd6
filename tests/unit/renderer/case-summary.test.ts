import { describe, expect, it } from 'vitest';
import type { ApplicationDetail, Deadline, Family } from '../../../main/contract';
import { nextDeadlines, summarizeFamily } from '../../../renderer/features/family/caseSummary';

const today = '2026-03-16';
const person = (over: object = {}) =>
  ({
    givenNames: 'Farah',
    familyName: 'Haddad',
    passports: [{ id: 1, number: 'X', issuingCountry: 'LB', issuedOn: null, expiresOn: '2030-01-01' }],
    statuses: [],
    ...over,
  }) as Record<string, unknown>;
const application = (over: Partial<ApplicationDetail>): ApplicationDetail =>
  ({
    id: 1,
    clientId: 1,
    dependantId: null,
    typeCode: 'us-h1b-extension',
    typeName: '',
    stage: 'intake',
    governmentStatus: '',
    archivedAt: null,
    checklist: [],
    history: [],
    ...over,
  }) as ApplicationDetail;
const deadline = (over: Partial<Deadline>): Deadline =>
  ({
    id: 1,
    clientId: 1,
    dependantId: null,
    applicationId: null,
    kind: 'other',
    dueOn: '2026-05-01',
    completedAt: null,
    dismissedAt: null,
    ...over,
  }) as Deadline;

function family(over: Partial<Family>): Family {
  return {
    client: { id: 1, ...person() },
    dependants: [],
    applications: [],
    deadlines: [],
    ...over,
  } as Family;
}

describe('summarizeFamily', () => {
  it('lists missing documents per application and the first one to collect', () => {
    const [farah] = summarizeFamily(
      family({
        applications: [
          application({
            stage: 'collecting-documents',
            checklist: [
              { id: 1, labelKey: '', label: 'Passport', state: 'received' },
              { id: 2, labelKey: '', label: 'Marriage certificate', state: 'requested' },
              { id: 3, labelKey: '', label: 'Photos', state: 'missing' },
            ] as never,
          }),
        ],
      }),
      today,
    );
    expect(farah?.rows[0]?.blockers).toEqual([
      { kind: 'documents-missing', count: 2, first: { labelKey: '', label: 'Marriage certificate' } },
    ]);
    expect(farah?.rows[0]?.next).toEqual({
      kind: 'collect',
      item: { labelKey: '', label: 'Marriage certificate' },
    });
  });

  it('puts a deadline within two weeks (or overdue) before any other next action', () => {
    const soon = deadline({ id: 7, dueOn: '2026-03-20' });
    const [farah] = summarizeFamily(family({ applications: [application({})], deadlines: [soon] }), today);
    expect(farah?.rows[0]?.next).toEqual({ kind: 'deadline', deadline: soon });
    const later = deadline({ id: 8, dueOn: '2026-06-20' });
    const [again] = summarizeFamily(family({ applications: [application({})], deadlines: [later] }), today);
    expect(again?.rows[0]?.next).toEqual({ kind: 'stage', stage: 'intake' });
  });

  it('blocks on the person: passport expired or within six months, none at all, overdue deadlines, never verified', () => {
    const f = family({
      client: { id: 1, ...person({ passports: [{ id: 1, expiresOn: '2026-08-01' }] }) } as never,
      dependants: [
        { id: 2, relationship: 'spouse', lastVerifiedOn: null, ...person({ passports: [] }) },
        {
          id: 3,
          relationship: 'child',
          lastVerifiedOn: '2026-01-01',
          ...person({ passports: [{ id: 2, expiresOn: '2026-03-01' }] }),
        },
      ] as never,
      deadlines: [
        deadline({ dependantId: 3, dueOn: '2026-03-10' }),
        deadline({ id: 2, dependantId: 3, dueOn: '2026-03-01', completedAt: 'x' }),
      ],
    });
    const [principal, spouse, child] = summarizeFamily(f, today);
    expect(principal?.blockers).toEqual([{ kind: 'passport-expiring', date: '2026-08-01' }]);
    expect(spouse?.blockers).toEqual([{ kind: 'no-passport' }, { kind: 'never-verified' }]);
    expect(child?.blockers).toEqual([
      { kind: 'passport-expired', date: '2026-03-01' },
      { kind: 'deadline-overdue', count: 1 },
    ]);
    // A person without an application still has a row.
    expect(child?.rows).toHaveLength(1);
    expect(child?.rows[0]?.application).toBeNull();
  });

  it('nextDeadlines skips done and dismissed ones and sorts by date', () => {
    const list = [
      deadline({ id: 1, dueOn: '2026-04-01' }),
      deadline({ id: 2, dueOn: '2026-03-01', completedAt: 'x' }),
      deadline({ id: 3, dueOn: '2026-03-20' }),
      deadline({ id: 4, dueOn: '2026-03-10', dismissedAt: 'x' }),
    ];
    expect(nextDeadlines(list, 2).map((d) => d.id)).toEqual([3, 1]);
  });
});
