import { eq } from 'drizzle-orm';
import { type RuleDeadlineValues, ruleDeadlineBySourceKey } from '../../db/deadlines/rule-deadlines';
import { familyDependants } from '../../db/dependants/queries';
import { RecordError } from '../../db/errors';
import type { CaseportDb } from '../../db/open';
import { familyDocuments } from '../../db/people/documents';
import { applications, clients } from '../../db/schema';
import { readSettings } from '../../db/users/queries';
import type { CaseEvent, EventSkip, ImmigrationStatus, Passport } from '../contract';
import {
  computeDeadline,
  type DeadlineRuleId,
  GRACE_PERIOD_DEPENDANT_STATUSES,
  normalizeClassification,
  type RollForwardPolicy,
  todayIn,
} from '../domain/deadlines';
import { type FirmDeadlinePolicy, firmDeadlinePolicy, policyFor, rollForwardChoice } from './deadline-truth';

/**
 * Event -> the rule deadlines it implies, one per person, computed by the pure engine. Read
 * only: the caller writes the plan (main/events/events.ts). Each person's own facts (status,
 * passport, date of birth) are read here at the time of computing and kept in the deadline's
 * rule_inputs, so "why this date?" shows exactly what the date was computed from.
 *
 * Roll-forward: the event's own choice applies to all its deadlines; without one, a deadline
 * keeps the choice a person made on it, else follows the firm's default for its rule. An override
 * survives: the plan carries the engine's final date with it, which is the overriding date.
 */
export interface EventPlan {
  deadlines: RuleDeadlineValues[];
  skipped: EventSkip[];
}

interface Person {
  dependantId: number | null;
  dateOfBirth: string | null;
  statuses: ImmigrationStatus[];
  passports: Passport[];
}

function familyPeople(db: CaseportDb, clientId: number): Person[] {
  const client = db.select().from(clients).where(eq(clients.id, clientId)).get();
  if (!client) throw new RecordError('not-found', `Client ${clientId} does not exist.`);
  const documents = familyDocuments(db, clientId);
  const owner = { clientId, dependantId: null };
  return [
    {
      dependantId: null,
      dateOfBirth: client.dateOfBirth,
      statuses: documents.statusesOf(owner),
      passports: documents.passportsOf(owner),
    },
    ...familyDependants(db, clientId, documents)
      .filter((d) => d.archivedAt === null)
      .map((d) => ({
        dependantId: d.id,
        dateOfBirth: d.dateOfBirth,
        statuses: d.statuses,
        passports: d.passports,
      })),
  ];
}

/** The US status in force on `on` whose type is one of `types` (latest end first). */
function usStatusOn(person: Person, on: string, types: (type: string) => boolean): ImmigrationStatus | null {
  const matching = person.statuses
    .filter((s) => s.country === 'US' && types(normalizeClassification(s.statusType)))
    .filter((s) => (s.validFrom === null || s.validFrom <= on) && (s.validTo === null || s.validTo >= on))
    .sort((a, b) => (b.validTo ?? '9999').localeCompare(a.validTo ?? '9999'));
  return matching[0] ?? null;
}

/** The passport that expires last (the one the person travels on). */
function passportExpiry(person: Person): string | null {
  const dates = person.passports.map((p) => p.expiresOn).filter((d): d is string => Boolean(d));
  return dates.sort().at(-1) ?? null;
}

const personPart = (dependantId: number | null) => (dependantId === null ? 'p' : `d${dependantId}`);

type Computed = { ok: true; values: RuleDeadlineValues } | { ok: false; skip: EventSkip };

function compute(
  firm: FirmDeadlinePolicy,
  db: CaseportDb,
  event: CaseEvent,
  person: { dependantId: number | null },
  ruleId: DeadlineRuleId,
  inputs: Record<string, unknown>,
  applicationId: number | null,
): Computed {
  const sourceKey = `event:${event.id}:${personPart(person.dependantId)}`;
  const existing = ruleDeadlineBySourceKey(db, sourceKey);
  const eventChoice = (event.inputs.rollForward ?? null) as RollForwardPolicy | null;
  const chosen = eventChoice ?? (existing?.rollForwardChosen ? existing.rollForward : null);
  const policy = policyFor(ruleId, firm, chosen);
  const result = computeDeadline({
    ruleId,
    inputs,
    rollForward: policy === null ? null : rollForwardChoice(policy, firm),
    override:
      existing && existing.computedDueOn !== null
        ? { date: existing.dueOn, reason: existing.overrideReason }
        : null,
  });
  if (!result.ok) {
    return {
      ok: false,
      skip: {
        dependantId: person.dependantId,
        reason: { key: result.error.key, values: result.error.values },
      },
    };
  }
  const outcome = result.value;
  if (outcome.outcome === 'exempt') {
    return { ok: false, skip: { dependantId: person.dependantId, reason: outcome.reason } };
  }
  return {
    ok: true,
    values: {
      clientId: event.clientId,
      dependantId: person.dependantId,
      applicationId,
      eventId: event.id,
      sourceKey,
      kind: outcome.kind,
      ruleId,
      ruleInputs: inputs,
      rollForward: outcome.explanation.rollForward.policy,
      rollForwardChosen: chosen !== null,
      computedOn: outcome.explanation.computedDate,
    },
  };
}

function collect(results: Computed[]): EventPlan {
  const plan: EventPlan = { deadlines: [], skipped: [] };
  for (const r of results) {
    if (r.ok) plan.deadlines.push(r.values);
    else plan.skipped.push(r.skip);
  }
  return plan;
}

interface Planning {
  db: CaseportDb;
  firm: FirmDeadlinePolicy;
  timeZone: string;
}

function employmentEnded({ db, firm }: Planning, event: CaseEvent, people: Person[]): EventPlan {
  const [principal, ...dependants] = people;
  const principalTypes = Object.keys(GRACE_PERIOD_DEPENDANT_STATUSES);
  const status = principal && usStatusOn(principal, event.occurredOn, (t) => principalTypes.includes(t));
  if (!principal || !status) {
    // Without a qualifying status on file there is no classification to apply the rule to.
    throw new RecordError('invalid', 'The principal has no H-1B, E, L, O or TN status on that date.', {
      occurredOn: 'events.errors.noGraceStatus',
    });
  }
  const classification = normalizeClassification(status.statusType);
  const derived = GRACE_PERIOD_DEPENDANT_STATUSES[classification] ?? [];
  const graceInputs = (person: Person, s: ImmigrationStatus) => ({
    employmentEndDate: event.occurredOn,
    classification: s.statusType,
    i94Date: s.validTo,
    passportExpiry: passportExpiry(person),
  });
  const results: Computed[] = [
    compute(firm, db, event, principal, 'us-grace-period', graceInputs(principal, status), null),
  ];
  for (const dependant of dependants) {
    const own = usStatusOn(dependant, event.occurredOn, (t) => derived.includes(t));
    results.push(
      own
        ? compute(firm, db, event, dependant, 'us-grace-period', graceInputs(dependant, own), null)
        : {
            ok: false,
            skip: {
              dependantId: dependant.dependantId,
              reason: { key: 'events.skipped.notDerived', values: { statuses: derived.join(', ') } },
            },
          },
    );
  }
  return collect(results);
}

/**
 * The day the person's own application was made, in the firm's calendar, when the letter is
 * filed against it and it has been submitted: IRCC measures the age exemption on that day.
 */
function applicationDateFor(planning: Planning, event: CaseEvent, dependantId: number | null): string | null {
  if (event.applicationId === null) return null;
  const application = planning.db
    .select({ dependantId: applications.dependantId, submittedAt: applications.submittedAt })
    .from(applications)
    .where(eq(applications.id, event.applicationId))
    .get();
  if (!application?.submittedAt || application.dependantId !== dependantId) return null;
  return todayIn(planning.timeZone, Date.parse(application.submittedAt));
}

function biometricsLetter(planning: Planning, event: CaseEvent, people: Person[]): EventPlan {
  const { db, firm } = planning;
  const named = (event.inputs.people ?? []) as Array<number | null>;
  return collect(
    named.map((dependantId) => {
      const person = people.find((p) => p.dependantId === dependantId);
      if (!person) {
        throw new RecordError('invalid', `Person ${dependantId} is not in this family.`, {
          people: 'events.errors.personNotInFamily',
        });
      }
      const applicationDate = applicationDateFor(planning, event, dependantId);
      const inputs = {
        letterDate: event.occurredOn,
        dateOfBirth: person.dateOfBirth,
        ...(applicationDate ? { applicationDate } : {}),
      };
      return compute(firm, db, event, person, 'ca-biometrics', inputs, event.applicationId);
    }),
  );
}

function noticeResponse({ db, firm }: Planning, event: CaseEvent): EventPlan {
  const application = event.applicationId
    ? db.select().from(applications).where(eq(applications.id, event.applicationId)).get()
    : undefined;
  if (!application || application.clientId !== event.clientId) {
    throw new RecordError('invalid', 'The application is not in this family.', {
      applicationId: 'events.errors.applicationNotInFamily',
    });
  }
  const { responseDays, mailed, filing } = event.inputs;
  const ruleId = event.kind === 'rfe-received' ? 'us-rfe-response' : 'us-noid-response';
  const inputs = { noticeDate: event.occurredOn, responseDays, mailed, filing };
  const person = { dependantId: application.dependantId };
  const result = compute(firm, db, event, person, ruleId, inputs, application.id);
  if (!result.ok) {
    throw new RecordError('invalid', 'The notice details do not give a date.', {
      occurredOn: result.skip.reason.key,
    });
  }
  return collect([result]);
}

export function planEventDeadlines(db: CaseportDb, event: CaseEvent): EventPlan {
  const planning: Planning = { db, firm: firmDeadlinePolicy(db), timeZone: readSettings(db).timeZone };
  switch (event.kind) {
    case 'employment-ended':
      return employmentEnded(planning, event, familyPeople(db, event.clientId));
    case 'biometrics-letter':
      return biometricsLetter(planning, event, familyPeople(db, event.clientId));
    case 'rfe-received':
    case 'noid-received':
      return noticeResponse(planning, event);
  }
}
