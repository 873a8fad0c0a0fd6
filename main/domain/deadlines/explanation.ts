/**
 * What the engine returns: a date and the explanation behind it ("why this date?").
 *
 * Everything a person reads is an i18n key plus values (Message), never an English sentence.
 * Conventions for values: names ending in `Date` hold YYYY-MM-DD dates for the UI to format;
 * names ending in `Key` hold another i18n key to translate first and pass in.
 *
 * API
 *   RULE_IDS, RuleId           the rules the engine knows (stored in deadlines.rule_id)
 *   Message, Explanation, ComputedDeadline, ExemptDeadline, DeadlineOverride, BoundCandidate
 *   finishDeadline(draft)      raw date -> roll-forward -> override, with the explanation filled in
 *   RuleOptions, resolveRollForward(options, fallback)
 *                              what every rule accepts besides its inputs: a roll-forward policy
 *                              (else the rule's default) and an override
 *   overrideMessage(explanation)  "Set by hand to X: reason (the rules give Y)", or null
 *   applyOverride(deadline, override | null)
 *                              sets (or clears) a manual date; the computed date stays in the
 *                              explanation and the deadline is marked overridden
 */
import type { DeadlineKind } from '../../contract/deadlines';
import { assertIsoDate, type IsoDate } from './calendar-date';
import { DeadlineInputError } from './errors';
import type { Message } from './message';
import {
  type Adjustment,
  normalizeRollForward,
  type RollForwardOptions,
  type RollForwardPolicy,
  rollForward,
} from './roll-forward';

export const RULE_IDS = [
  'us-authorized-stay-end',
  'us-grace-period',
  'us-rfe-response',
  'us-noid-response',
  'us-h1b-max-out',
  'us-extension-window',
  'ca-biometrics',
  'ca-medical-validity',
  'ca-maintained-status',
  'ca-restoration',
  'passport-expiry-warning',
  'manual',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type { Message } from './message';

export type InputValue = string | number | boolean | null;

/** One of the dates a min()-type rule chose from; `input` names the rule input it came from. */
export interface BoundCandidate {
  input: string;
  date: IsoDate;
  labelKey: string;
}

export interface DeadlineOverride {
  date: IsoDate;
  /** Why a person set another date; required so the history says why. */
  reason: string;
}

export interface Explanation {
  ruleId: RuleId;
  title: Message;
  source: Message;
  inputs: Record<string, InputValue>;
  /** The arithmetic, one line each: "notice date + 84 days = ...", "+ 3 days (mailed) = ...". */
  steps: Message[];
  /** For "earliest of" rules: every candidate date, and which input set the date. */
  candidates: BoundCandidate[];
  boundBy: string | null;
  rawDate: IsoDate;
  rollForward: RollForwardOptions;
  adjustments: Adjustment[];
  /** The date the rules give: the raw date after roll-forward. */
  computedDate: IsoDate;
  override: DeadlineOverride | null;
  finalDate: IsoDate;
  notes: Message[];
}

export interface ComputedDeadline {
  outcome: 'deadline';
  ruleId: RuleId;
  kind: DeadlineKind;
  /** The date to store and remind about (= explanation.finalDate). */
  dueOn: IsoDate;
  /** Filing windows only: the first day the filing may be made. */
  opensOn: IsoDate | null;
  overridden: boolean;
  explanation: Explanation;
}

/** A rule that found the person exempt (e.g. biometrics for a 10-year-old): no date to meet. */
export interface ExemptDeadline {
  outcome: 'exempt';
  ruleId: RuleId;
  kind: DeadlineKind;
  reason: Message;
  explanation: Pick<Explanation, 'ruleId' | 'title' | 'source' | 'inputs' | 'steps' | 'notes'>;
}

export type RuleOutcome = ComputedDeadline | ExemptDeadline;

/** A policy name, or the full options when Canadian choices (Saturday, province) matter. */
export type RollForwardChoice =
  | RollForwardPolicy
  | (Partial<RollForwardOptions> & { policy: RollForwardPolicy });

export interface RuleOptions {
  /** Absent: the rule's default policy (explained in each rule). */
  rollForward?: RollForwardChoice | null;
  override?: DeadlineOverride | null;
}

export function resolveRollForward(options: RuleOptions, fallback: RollForwardPolicy): RollForwardOptions {
  return normalizeRollForward(options.rollForward ?? fallback);
}

export function ruleTitle(ruleId: RuleId): Message {
  return { key: `deadlineRules.${ruleId}.title` };
}

export function ruleSource(ruleId: RuleId): Message {
  return { key: `deadlineRules.${ruleId}.source` };
}

export interface DeadlineDraft {
  ruleId: RuleId;
  kind: DeadlineKind;
  inputs: Record<string, InputValue>;
  steps: Message[];
  candidates?: BoundCandidate[];
  boundBy?: string | null;
  rawDate: IsoDate;
  rollForward: RollForwardOptions;
  notes?: Message[];
  opensOn?: IsoDate | null;
  override?: DeadlineOverride | null;
}

export function finishDeadline(draft: DeadlineDraft): ComputedDeadline {
  const rolled = rollForward(draft.rawDate, draft.rollForward);
  const deadline: ComputedDeadline = {
    outcome: 'deadline',
    ruleId: draft.ruleId,
    kind: draft.kind,
    dueOn: rolled.date,
    opensOn: draft.opensOn ?? null,
    overridden: false,
    explanation: {
      ruleId: draft.ruleId,
      title: ruleTitle(draft.ruleId),
      source: ruleSource(draft.ruleId),
      inputs: draft.inputs,
      steps: draft.steps,
      candidates: draft.candidates ?? [],
      boundBy: draft.boundBy ?? null,
      rawDate: draft.rawDate,
      rollForward: draft.rollForward,
      adjustments: rolled.adjustments,
      computedDate: rolled.date,
      override: null,
      finalDate: rolled.date,
      notes: draft.notes ?? [],
    },
  };
  return applyOverride(deadline, draft.override ?? null);
}

export function applyOverride(
  deadline: ComputedDeadline,
  override: DeadlineOverride | null,
): ComputedDeadline {
  const { explanation } = deadline;
  if (!override) {
    return {
      ...deadline,
      dueOn: explanation.computedDate,
      overridden: false,
      explanation: { ...explanation, override: null, finalDate: explanation.computedDate },
    };
  }
  const date = assertIsoDate(override.date, 'overrideDate');
  const reason = override.reason.trim();
  if (!reason)
    throw new DeadlineInputError('deadlineExplain.errors.overrideReasonRequired', 'overrideReason');
  return {
    ...deadline,
    dueOn: date,
    overridden: true,
    explanation: { ...explanation, override: { date, reason }, finalDate: date },
  };
}

export function overrideMessage(explanation: Explanation): Message | null {
  if (!explanation.override) return null;
  return {
    key: 'deadlineExplain.override',
    values: {
      overrideDate: explanation.override.date,
      reason: explanation.override.reason,
      computedDate: explanation.computedDate,
    },
  };
}
