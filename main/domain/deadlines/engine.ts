/**
 * The engine's single entry point for stored deadlines: rule id + inputs JSON + roll-forward +
 * override (the columns of the deadlines table) -> the deadline and its explanation.
 *
 * Inputs arrive from the database or a form, so they are parsed here (zod, messages are i18n
 * keys) and every failure comes back as a value, never a throw. The same arguments always give a
 * deep-equal result: no clock, no I/O, so "recompute" is safe to run any time.
 *
 * API
 *   DEADLINE_RULE_IDS                  the rule ids that produce deadlines (all but the passport
 *                                      warning, which is a check, see passport-warning.ts)
 *   computeDeadline(request)           -> { ok: true, value: ComputedDeadline | ExemptDeadline }
 *                                       | { ok: false, error: { key, field, values } }
 *   ruleInputSchemas                   the zod schema of each rule's inputs (for forms)
 */
import { z } from 'zod';
import { DEADLINE_KINDS } from '../../contract/deadlines';
import { isIsoDate } from './calendar-date';
import { DeadlineInputError } from './errors';
import type { DeadlineOverride, RollForwardChoice, RuleId, RuleOptions, RuleOutcome } from './explanation';
import { CANADIAN_PROVINCES } from './holidays-ca';
import { manualDeadline } from './manual';
import { ROLL_FORWARD_POLICIES } from './roll-forward';
import { biometrics, maintainedStatus, medicalValidity, restoration } from './rules-ca';
import { noidResponse, rfeResponse } from './rules-us-notices';
import { authorizedStayEnd, extensionWindow, gracePeriodEnd, h1bMaxOut } from './rules-us-stay';

export type DeadlineRuleId = Exclude<RuleId, 'passport-expiry-warning'>;

const date = z.string().refine(isIsoDate, 'validation.date');
const optionalDate = date.nullable().optional();
const days = z.number('validation.invalid').int('validation.invalid').min(0, 'validation.invalid');

const stayInputs = {
  i94Date: optionalDate,
  petitionEndDate: optionalDate,
  passportExpiry: optionalDate,
};
const noticeInputs = z.strictObject({
  noticeDate: date,
  responseDays: days.min(1, 'validation.invalid'),
  mailed: z.boolean('validation.required'),
  filing: z.enum(['paper', 'electronic'], 'validation.required'),
});

export const ruleInputSchemas = {
  'us-authorized-stay-end': z.strictObject(stayInputs),
  'us-grace-period': z.strictObject({
    ...stayInputs,
    employmentEndDate: date,
    classification: z.string('validation.required').min(1, 'validation.required'),
    authorizedStayEnd: optionalDate,
  }),
  'us-rfe-response': noticeInputs,
  'us-noid-response': noticeInputs,
  'us-h1b-max-out': z.strictObject({ admissionDate: date, recapturedDays: days.nullable().optional() }),
  'us-extension-window': z.strictObject({ ...stayInputs, authorizedStayEnd: optionalDate }),
  'ca-biometrics': z.strictObject({
    letterDate: date,
    dateOfBirth: optionalDate,
    applicationDate: optionalDate,
  }),
  'ca-medical-validity': z.strictObject({ examDate: date }),
  'ca-maintained-status': z.strictObject({ permitExpiry: date, passportExpiry: optionalDate }),
  'ca-restoration': z.strictObject({ lossOfStatusDate: date }),
  manual: z.strictObject({ kind: z.enum(DEADLINE_KINDS, 'validation.required'), dueOn: date }),
} satisfies Record<DeadlineRuleId, z.ZodType>;

type Inputs<R extends DeadlineRuleId> = z.output<(typeof ruleInputSchemas)[R]>;

const compute: { [R in DeadlineRuleId]: (inputs: Inputs<R>, options: RuleOptions) => RuleOutcome } = {
  'us-authorized-stay-end': authorizedStayEnd,
  'us-grace-period': gracePeriodEnd,
  'us-rfe-response': rfeResponse,
  'us-noid-response': noidResponse,
  'us-h1b-max-out': h1bMaxOut,
  'us-extension-window': extensionWindow,
  'ca-biometrics': biometrics,
  'ca-medical-validity': medicalValidity,
  'ca-maintained-status': maintainedStatus,
  'ca-restoration': restoration,
  manual: manualDeadline,
};

export const DEADLINE_RULE_IDS = Object.keys(ruleInputSchemas) as DeadlineRuleId[];

const rollForwardSchema = z.union([
  z.enum(ROLL_FORWARD_POLICIES),
  z.strictObject({
    policy: z.enum(ROLL_FORWARD_POLICIES),
    saturdayIsHoliday: z.boolean().optional(),
    province: z.enum(CANADIAN_PROVINCES).nullable().optional(),
  }),
]);

export interface ComputeRequest {
  ruleId: string;
  inputs: unknown;
  /** null/absent: the rule's default policy. */
  rollForward?: RollForwardChoice | null;
  override?: DeadlineOverride | null;
}

export interface EngineError {
  key: string;
  field: string | null;
  values: Record<string, string | number>;
}

export type ComputeResult = { ok: true; value: RuleOutcome } | { ok: false; error: EngineError };

function isDeadlineRuleId(id: string): id is DeadlineRuleId {
  return Object.hasOwn(ruleInputSchemas, id);
}

function fail(
  key: string,
  field: string | null,
  values: Record<string, string | number> = {},
): ComputeResult {
  return { ok: false, error: { key, field, values } };
}

function firstIssue(error: z.ZodError): EngineError {
  const issue = error.issues[0];
  const field = issue?.path[0];
  const key = issue?.message.includes('.') ? issue.message : 'validation.invalid';
  return { key, field: typeof field === 'string' ? field : null, values: {} };
}

export function computeDeadline(request: ComputeRequest): ComputeResult {
  const { ruleId } = request;
  if (!isDeadlineRuleId(ruleId)) return fail('deadlineExplain.errors.unknownRule', 'ruleId', { ruleId });
  const parsedInputs = ruleInputSchemas[ruleId].safeParse(request.inputs);
  if (!parsedInputs.success) return { ok: false, error: firstIssue(parsedInputs.error) };
  const parsedRoll = rollForwardSchema.nullable().optional().safeParse(request.rollForward);
  if (!parsedRoll.success) return fail('validation.invalid', 'rollForward');
  try {
    const run = compute[ruleId] as (inputs: unknown, options: RuleOptions) => RuleOutcome;
    return {
      ok: true,
      value: run(parsedInputs.data, {
        rollForward: parsedRoll.data ?? null,
        override: request.override ?? null,
      }),
    };
  } catch (error) {
    if (error instanceof DeadlineInputError) return fail(error.key, error.field, { ...error.values });
    throw error;
  }
}
