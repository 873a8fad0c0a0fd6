/**
 * The roll-forward each rule uses when the firm has not said otherwise, and why (domain.md):
 *   - Canadian time limits counted from a letter or a loss of status (biometrics, restoration)
 *     run under the Interpretation Act s.26: a limit ending on a holiday runs to the next day
 *     that is not one ('ca-federal').
 *   - An expiry is not a time limit: a permit, a stay or a medical result ends on its date, so
 *     "apply before expiry" stays on that date ('none'): moving it would risk loss of status.
 *   - A date entered by hand stands as typed unless the firm says otherwise.
 * RFE/NOID responses are not here: their rule picks by filing method (paper: next business day).
 *
 * API
 *   BUILT_IN_ROLL_FORWARD                rule -> { policy, reasonKey }
 *   firmDefaultPolicy(ruleId, firm)      the firm's choice, else the built-in one; null for a rule
 *                                        whose own default applies (RFE/NOID)
 */
import { FIRM_DEFAULT_RULES, type FirmDefaultRule } from '../../contract/roll-forward';
import type { RollForwardPolicy } from './roll-forward';

export const BUILT_IN_ROLL_FORWARD: Readonly<
  Record<FirmDefaultRule, { policy: RollForwardPolicy; reasonKey: string }>
> = {
  'ca-biometrics': { policy: 'ca-federal', reasonKey: 'rollForwardDefaults.reasons.timeLimitCa' },
  'ca-restoration': { policy: 'ca-federal', reasonKey: 'rollForwardDefaults.reasons.timeLimitCa' },
  'ca-maintained-status': { policy: 'none', reasonKey: 'rollForwardDefaults.reasons.expiry' },
  'ca-medical-validity': { policy: 'none', reasonKey: 'rollForwardDefaults.reasons.validity' },
  'us-extension-window': { policy: 'none', reasonKey: 'rollForwardDefaults.reasons.stayEnd' },
  'us-grace-period': { policy: 'none', reasonKey: 'rollForwardDefaults.reasons.stayEnd' },
  'us-authorized-stay-end': { policy: 'none', reasonKey: 'rollForwardDefaults.reasons.stayEnd' },
  'us-h1b-max-out': { policy: 'none', reasonKey: 'rollForwardDefaults.reasons.informational' },
  manual: { policy: 'none', reasonKey: 'rollForwardDefaults.reasons.manual' },
};

export type FirmRollForwardDefaults = Partial<Record<FirmDefaultRule, RollForwardPolicy>>;

function isFirmDefaultRule(ruleId: string): ruleId is FirmDefaultRule {
  return (FIRM_DEFAULT_RULES as readonly string[]).includes(ruleId);
}

export function firmDefaultPolicy(ruleId: string, firm: FirmRollForwardDefaults): RollForwardPolicy | null {
  if (!isFirmDefaultRule(ruleId)) return null;
  return firm[ruleId] ?? BUILT_IN_ROLL_FORWARD[ruleId].policy;
}
