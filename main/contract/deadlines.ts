import { z } from 'zod';
import { isoDate, multiLineText, optionalText, recordId, timeOfDay, timeZoneName, V } from './validation';

/** Kinds of deadline; each has its own default reminder lead times (a firm setting). */
export const DEADLINE_KINDS = [
  'status-expiry',
  'authorized-stay-end',
  'grace-period',
  'extension-filing',
  'restoration',
  'rfe-response',
  'noid-response',
  'biometrics',
  'medical-validity',
  'passport-expiry',
  'h1b-max-out',
  'interview',
  'launch-window',
  'other',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const ROLL_FORWARD_POLICIES = ['none', 'us-federal', 'ca-federal'] as const;

const version = z.number().int().positive();
const leadTimes = z
  .array(z.number().int().min(0).max(365))
  .max(10, V.leadTimes)
  .refine((days) => new Set(days).size === days.length, V.leadTimes);

const deadlineShape = {
  kind: z.enum(DEADLINE_KINDS, { error: V.required }),
  title: optionalText(300),
  dueOn: isoDate,
  dueTime: timeOfDay.nullable(),
  timeZone: timeZoneName.nullable(),
  rollForward: z.enum(ROLL_FORWARD_POLICIES),
  leadTimes: leadTimes.nullable(),
  notes: multiLineText(5000),
};

const timedNeedsZone = (d: { dueTime?: string | null; timeZone?: string | null }) =>
  !d.dueTime || Boolean(d.timeZone);

/** A deadline a person enters by hand (rule-made ones come from events.record and status end dates). */
export const createDeadlineInput = z
  .strictObject({
    clientId: recordId,
    dependantId: recordId.nullable().default(null),
    applicationId: recordId.nullable().default(null),
    kind: deadlineShape.kind,
    title: deadlineShape.title.default(''),
    dueOn: deadlineShape.dueOn,
    dueTime: deadlineShape.dueTime.default(null),
    timeZone: deadlineShape.timeZone.default(null),
    /** Absent: the firm's default for hand-entered deadlines (Settings). */
    rollForward: deadlineShape.rollForward.optional(),
    leadTimes: deadlineShape.leadTimes.default(null),
    notes: deadlineShape.notes.default(''),
  })
  .refine(timedNeedsZone, { message: V.timeZone, path: ['timeZone'] });

export const updateDeadlineInput = z
  .strictObject(deadlineShape)
  .partial()
  .extend({ id: recordId, version })
  .refine(timedNeedsZone, { message: V.timeZone, path: ['timeZone'] });

export const completeDeadlineInput = z.strictObject({ id: recordId, version });
export const reopenDeadlineInput = z.strictObject({ id: recordId, version });
export const dismissDeadlineInput = z.strictObject({
  id: recordId,
  version,
  reason: multiLineText(500, V.reasonRequired),
});
export const snoozeDeadlineInput = z.strictObject({
  id: recordId,
  version,
  until: z.iso.datetime({ offset: true, error: V.invalid }),
});

export const listDeadlinesInput = z.strictObject({
  /** Open deadlines due on or before `to` (and on or after `from` when given). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  clientId: recordId.optional(),
  responsibleUserId: recordId.optional(),
  kind: z.enum(DEADLINE_KINDS).optional(),
  state: z.enum(['open', 'done', 'dismissed', 'all']).default('open'),
  limit: z.number().int().min(1).max(1000).default(200),
  offset: z.number().int().min(0).default(0),
});

export interface Deadline {
  id: number;
  clientId: number;
  dependantId: number | null;
  applicationId: number | null;
  kind: DeadlineKind;
  title: string;
  dueOn: string;
  dueTime: string | null;
  timeZone: string | null;
  origin: 'manual' | 'rule';
  ruleId: string | null;
  ruleInputs: Record<string, unknown> | null;
  /** The event that made this deadline (rule deadlines from "Record event"). */
  eventId: number | null;
  /** What a rule deadline was made from ('event:<id>:<person>', 'status:<id>'). */
  sourceKey: string | null;
  rollForward: (typeof ROLL_FORWARD_POLICIES)[number];
  /** A person picked rollForward; false = it follows the firm's default for the rule. */
  rollForwardChosen: boolean;
  computedDueOn: string | null;
  overrideReason: string;
  leadTimes: number[] | null;
  notes: string;
  completedAt: string | null;
  completedBy: number | null;
  dismissedAt: string | null;
  dismissedBy: number | null;
  dismissReason: string;
  snoozedUntil: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface DeadlineListItem extends Deadline {
  clientGivenNames: string;
  clientFamilyName: string;
  /** The person the deadline belongs to: a dependant's names, or the principal's. */
  personGivenNames: string;
  personFamilyName: string;
}

export interface DeadlinePage {
  items: DeadlineListItem[];
  total: number;
}
