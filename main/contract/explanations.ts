import { z } from 'zod';
import { isoDate, multiLineText, recordId, V } from './validation';

/**
 * "Why this date?" as data: the engine's explanation flattened into i18n messages, so the
 * renderer translates it without importing the engine (which carries holiday packages).
 * Value naming: `...Date` values are YYYY-MM-DD to format; `...Key` values are i18n keys to
 * translate first and pass in under the name without `Key`.
 */
export interface ExplanationMessage {
  key: string;
  values?: Record<string, string | number>;
}

export interface ExplanationInput {
  /** deadlineExplain.inputs.<name> */
  labelKey: string;
  value: string | number | boolean | null;
}

export interface DeadlineExplanationView {
  deadlineId: number;
  origin: 'manual' | 'rule';
  title: ExplanationMessage;
  source: ExplanationMessage | null;
  inputs: ExplanationInput[];
  steps: ExplanationMessage[];
  /** "Earliest of" rules: every date compared, and the input that set the date. */
  candidates: Array<{ labelKey: string; date: string; bound: boolean }>;
  rawDate: string;
  rollForward: ExplanationMessage;
  adjustments: ExplanationMessage[];
  computedDate: string;
  override: { date: string; reason: string } | null;
  /** The override is later than the rule allows: shown as a warning beside it. */
  overrideLater: boolean;
  finalDate: string;
  /** The date stored and shown in lists; equals finalDate (the panel warns if it ever does not). */
  storedDate: string;
  /** The roll-forward in force, and whether a person chose it (else the firm's default). */
  policy: 'none' | 'us-federal' | 'ca-federal';
  policyChosen: boolean;
  opensOn: string | null;
  notes: ExplanationMessage[];
}

export const explainDeadlineInput = z.strictObject({ id: recordId });

/** Set a rule deadline's date by hand (with a reason), or clear the override (date null). */
export const overrideDeadlineInput = z
  .strictObject({
    id: recordId,
    version: z.number().int().positive(),
    date: isoDate.nullable(),
    reason: multiLineText(500).default(''),
  })
  .refine((v) => v.date === null || v.reason.length > 0, { message: V.reasonRequired, path: ['reason'] });
