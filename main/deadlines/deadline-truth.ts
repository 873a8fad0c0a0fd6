import { readRollForwardDefaults } from '../../db/deadlines/roll-forward-defaults';
import { RecordError } from '../../db/errors';
import type { CaseportDb } from '../../db/open';
import type { deadlines } from '../../db/schema';
import { readSettings } from '../../db/users/queries';
import {
  CANADIAN_PROVINCES,
  type CanadianProvince,
  type ComputedDeadline,
  type ComputeRequest,
  computeDeadline,
  type FirmRollForwardDefaults,
  firmDefaultPolicy,
  type RollForwardChoice,
  type RollForwardPolicy,
} from '../domain/deadlines';

/**
 * One truth for a deadline's date: the row's stored due_on is always the engine's final date for
 * the row's rule, inputs, roll-forward (with the firm's province) and override. Every write path
 * (events, statuses, the deadline row, Settings) computes through `engineRequest` and stores
 * `storedDates(outcome)`; "why this date?" explains through the same request, so the two cannot
 * disagree. Hand-entered deadlines keep the date as typed in rule_inputs.dueOn and store the
 * rolled date, so the explanation shows both.
 */
type DeadlineRow = typeof deadlines.$inferSelect;

export interface FirmDeadlinePolicy {
  /** Interpretation Act s.35: the province whose non-juridical days also count as holidays. */
  province: CanadianProvince | null;
  defaults: FirmRollForwardDefaults;
}

export function firmDeadlinePolicy(db: CaseportDb): FirmDeadlinePolicy {
  const { province } = readSettings(db);
  const known = (CANADIAN_PROVINCES as readonly string[]).includes(province);
  return { province: known ? (province as CanadianProvince) : null, defaults: readRollForwardDefaults(db) };
}

/** A stored policy name -> what the engine takes (the firm's province for Canadian holidays). */
export function rollForwardChoice(policy: RollForwardPolicy, firm: FirmDeadlinePolicy): RollForwardChoice {
  return policy === 'ca-federal' ? { policy, province: firm.province } : policy;
}

/**
 * The policy a deadline uses: a person's choice when there is one, else the firm's default for
 * the rule; null lets the rule pick (RFE/NOID: by filing method).
 */
export function policyFor(
  ruleId: string,
  firm: FirmDeadlinePolicy,
  chosen: RollForwardPolicy | null,
): RollForwardPolicy | null {
  return chosen ?? firmDefaultPolicy(ruleId, firm.defaults);
}

/** The date a person typed for a hand-entered deadline (older rows kept it only in due_on). */
export function enteredOn(row: Pick<DeadlineRow, 'ruleInputs' | 'dueOn'>): string {
  const typed = row.ruleInputs?.dueOn;
  return typeof typed === 'string' ? typed : row.dueOn;
}

type TruthFields = Pick<
  DeadlineRow,
  | 'origin'
  | 'ruleId'
  | 'ruleInputs'
  | 'kind'
  | 'dueOn'
  | 'rollForward'
  | 'rollForwardChosen'
  | 'computedDueOn'
  | 'overrideReason'
>;

export function engineRequest(row: TruthFields, firm: FirmDeadlinePolicy): ComputeRequest {
  const isRule = row.origin === 'rule' && row.ruleId !== null;
  const ruleId = isRule ? (row.ruleId as string) : 'manual';
  // A deadline that follows the firm's default takes today's default, so a changed default and
  // the explanation agree; a chosen one keeps its policy; null lets the rule decide (by filing).
  const policy = policyFor(ruleId, firm, row.rollForwardChosen ? row.rollForward : null);
  return {
    ruleId,
    inputs: isRule ? row.ruleInputs : { kind: row.kind, dueOn: enteredOn(row) },
    rollForward: policy === null ? null : rollForwardChoice(policy, firm),
    override: isRule && row.computedDueOn !== null ? { date: row.dueOn, reason: row.overrideReason } : null,
  };
}

/** Runs the engine on a request; a stored deadline that no longer computes is a clear error, not a guess. */
export function computeOrFail(request: ComputeRequest, what: string): ComputedDeadline {
  const result = computeDeadline(request);
  if (!result.ok) {
    throw new RecordError('invalid', `${what} cannot be computed: ${result.error.key}`, {
      [result.error.field ?? '_form']: result.error.key,
    });
  }
  if (result.value.outcome !== 'deadline') {
    throw new RecordError('invalid', `${what} is exempt under its rule.`, { _form: result.value.reason.key });
  }
  return result.value;
}

export function computeRow(row: TruthFields & { id?: number }, firm: FirmDeadlinePolicy): ComputedDeadline {
  return computeOrFail(engineRequest(row, firm), `Deadline ${row.id ?? ''}`.trim());
}

/** The columns that must follow the engine: the date people see, and the rules' date under an override. */
export function storedDates(outcome: ComputedDeadline): {
  dueOn: string;
  computedDueOn: string | null;
  rollForward: RollForwardPolicy;
} {
  const e = outcome.explanation;
  return {
    dueOn: e.finalDate,
    computedDueOn: outcome.overridden ? e.computedDate : null,
    rollForward: e.rollForward.policy,
  };
}
