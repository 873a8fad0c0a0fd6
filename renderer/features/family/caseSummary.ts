import type { ApplicationDetail, ApplicationStage, Deadline, Family, Person } from '../../../main/contract';
import { personDisplayName } from '../../../main/contract/people';

/** Calendar arithmetic on YYYY-MM-DD in UTC, so no time zone moves a day. */
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
export const daysBetween = (from: string, to: string) => Math.round(dayNumber(to) - dayNumber(from));

/** What stops a file from moving on, in the user's words (catalogue keys with values). */
export type Blocker =
  | { kind: 'documents-missing'; count: number; first: ChecklistLabel }
  | { kind: 'passport-expired'; date: string }
  | { kind: 'passport-expiring'; date: string }
  | { kind: 'no-passport' }
  | { kind: 'deadline-overdue'; count: number }
  | { kind: 'never-verified' };

export type ChecklistLabel = { labelKey: string; label: string };

/** The next thing to do for one application, from its stage and what is still missing. */
export type NextAction =
  | { kind: 'deadline'; deadline: Deadline }
  | { kind: 'collect'; item: ChecklistLabel }
  | { kind: 'stage'; stage: ApplicationStage };

export interface ApplicationRow {
  key: string;
  /** Null when the person has no application yet. */
  application: ApplicationDetail | null;
  /** What blocks this application (documents still missing). */
  blockers: Blocker[];
  next: NextAction | null;
}

export interface PersonSummary {
  key: string;
  personName: string;
  /** What blocks every application of this person (passport, overdue deadlines, stale data). */
  blockers: Blocker[];
  rows: ApplicationRow[];
}

/** A passport within six months of expiry is a blocker: no permit is issued past it (IRPR 52). */
const PASSPORT_WARNING_DAYS = 183;

function personBlockers(person: Person, today: string, verified: boolean | null): Blocker[] {
  const blockers: Blocker[] = [];
  const latest = person.passports
    .map((p) => p.expiresOn)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  if (person.passports.length === 0) blockers.push({ kind: 'no-passport' });
  else if (latest && latest < today) blockers.push({ kind: 'passport-expired', date: latest });
  else if (latest && daysBetween(today, latest) <= PASSPORT_WARNING_DAYS)
    blockers.push({ kind: 'passport-expiring', date: latest });
  if (verified === false) blockers.push({ kind: 'never-verified' });
  return blockers;
}

const isOpen = (d: Deadline) => !d.completedAt && !d.dismissedAt;

/**
 * Per person, one row per application (or one empty row): stage and government status, what
 * blocks it and the next action; blockers that concern the person rather than one application
 * are listed once, with the person. Pure, so the rules are unit-tested without a screen.
 */
export function summarizeFamily(family: Family, today: string): PersonSummary[] {
  const people = [
    { person: family.client as Person, dependantId: null as number | null, verified: null as boolean | null },
    ...family.dependants.map((d) => ({
      person: d as Person,
      dependantId: d.id as number | null,
      verified: d.lastVerifiedOn !== null,
    })),
  ];
  return people.map(({ person, dependantId, verified }) => {
    const openDeadlines = family.deadlines
      .filter((d) => d.dependantId === dependantId && isOpen(d))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    const overdue = openDeadlines.filter((d) => d.dueOn < today).length;
    const blockers = personBlockers(person, today, verified);
    if (overdue > 0) blockers.push({ kind: 'deadline-overdue', count: overdue });
    const applications = family.applications.filter((a) => a.dependantId === dependantId && !a.archivedAt);
    const rows: ApplicationRow[] =
      applications.length === 0
        ? [
            {
              key: 'none',
              application: null,
              blockers: [],
              next: openDeadlines[0] ? { kind: 'deadline', deadline: openDeadlines[0] } : null,
            },
          ]
        : applications.map((application) => {
            const missing = application.checklist.filter(
              (c) => c.state === 'missing' || c.state === 'requested',
            );
            const first = missing[0];
            const own = openDeadlines.find((d) => d.applicationId === application.id) ?? openDeadlines[0];
            return {
              key: `app-${application.id}`,
              application,
              blockers: first
                ? [
                    {
                      kind: 'documents-missing',
                      count: missing.length,
                      first: { labelKey: first.labelKey, label: first.label },
                    } as Blocker,
                  ]
                : [],
              next: nextAction(
                application,
                own,
                first && { labelKey: first.labelKey, label: first.label },
                today,
              ),
            };
          });
    return {
      key: dependantId === null ? 'principal' : `dependant-${dependantId}`,
      personName: personDisplayName(person),
      blockers,
      rows,
    };
  });
}

function nextAction(
  application: ApplicationDetail,
  deadline: Deadline | undefined,
  missing: ChecklistLabel | undefined,
  today: string,
): NextAction | null {
  // A deadline within two weeks (or overdue) comes before everything else.
  if (deadline && daysBetween(today, deadline.dueOn) <= 14) return { kind: 'deadline', deadline };
  if (missing && (application.stage === 'intake' || application.stage === 'collecting-documents'))
    return { kind: 'collect', item: missing };
  if (application.stage === 'closed') return deadline ? { kind: 'deadline', deadline } : null;
  return { kind: 'stage', stage: application.stage };
}

/** The family's next open deadlines, earliest first (overdue ones included). */
export function nextDeadlines(deadlines: Deadline[], count: number): Deadline[] {
  return deadlines
    .filter(isOpen)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id)
    .slice(0, count);
}
