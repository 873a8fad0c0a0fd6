import { z } from 'zod';
import { type Deadline, ROLL_FORWARD_POLICIES } from './deadlines';
import type { ExplanationMessage } from './explanations';
import { isoDate, multiLineText, recordId, V } from './validation';

/**
 * Events that create rule deadlines (main/api/events.ts). One flat form per kind, so a dialog
 * reuses the schema field by field and errors land beside the right input.
 */
export const CASE_EVENT_KINDS = [
  'employment-ended',
  'biometrics-letter',
  'rfe-received',
  'noid-received',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

const version = z.number().int().positive();

/**
 * Weekends and holidays for every deadline the event makes: null follows the firm's default per
 * rule (Settings) and keeps any choice made on a deadline since; a policy applies to them all.
 */
const rollForward = z.enum(ROLL_FORWARD_POLICIES, { error: V.invalid }).nullable().default(null);

/** A family member: the principal (dependantId null) or one dependant. */
const personRef = recordId.nullable();

const employmentEnded = {
  kind: z.literal('employment-ended'),
  /** The principal's last day of employment. */
  occurredOn: isoDate,
  notes: multiLineText(2000).default(''),
  rollForward,
};

const biometricsLetter = {
  kind: z.literal('biometrics-letter'),
  /** Date of the biometric instruction letter. */
  occurredOn: isoDate,
  /** Everyone the letter names; one deadline each (or an exemption). */
  people: z
    .array(personRef)
    .min(1, V.required)
    .max(30, V.tooMany)
    .refine((p) => new Set(p).size === p.length, V.invalid),
  applicationId: recordId.nullable().default(null),
  notes: multiLineText(2000).default(''),
  rollForward,
};

const noticeFields = {
  /** The date printed on the notice. */
  occurredOn: isoDate,
  /** The application the notice is about; its person gets the deadline. */
  applicationId: z.number({ error: V.required }).int(V.invalid).positive(V.invalid),
  responseDays: z.number({ error: V.required }).int(V.invalid).min(1, V.invalid).max(365, V.invalid),
  mailed: z.boolean({ error: V.required }),
  filing: z.enum(['paper', 'electronic'], { error: V.required }),
  notes: multiLineText(2000).default(''),
  rollForward,
};

const rfeReceived = { kind: z.literal('rfe-received'), ...noticeFields };
const noidReceived = { kind: z.literal('noid-received'), ...noticeFields };

/** The facts of an event, by kind (without the family or the record stamps). */
export const eventDetails = z.discriminatedUnion('kind', [
  z.strictObject(employmentEnded),
  z.strictObject(biometricsLetter),
  z.strictObject(rfeReceived),
  z.strictObject(noidReceived),
]);
export type EventDetails = z.output<typeof eventDetails>;

export const recordEventInput = z.discriminatedUnion('kind', [
  z.strictObject({ clientId: recordId, ...employmentEnded }),
  z.strictObject({ clientId: recordId, ...biometricsLetter }),
  z.strictObject({ clientId: recordId, ...rfeReceived }),
  z.strictObject({ clientId: recordId, ...noidReceived }),
]);

/** Changing an event's facts recomputes every deadline it made (the kind cannot change). */
export const updateEventInput = z.strictObject({ id: recordId, version, details: eventDetails });
export const listEventsInput = z.strictObject({ clientId: recordId });

export interface CaseEvent {
  id: number;
  clientId: number;
  applicationId: number | null;
  kind: CaseEventKind;
  occurredOn: string;
  inputs: Record<string, unknown>;
  notes: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A person the event concerned who got no deadline, and why (exempt, or not in a derived status). */
export interface EventSkip {
  dependantId: number | null;
  reason: ExplanationMessage;
}

export interface EventResult {
  event: CaseEvent;
  /** The deadlines the event now has (created or recomputed). */
  deadlines: Deadline[];
  skipped: EventSkip[];
}
