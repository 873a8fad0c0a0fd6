import { z } from 'zod';
import { ROLL_FORWARD_POLICIES } from './deadlines';

/**
 * The firm's roll-forward default per rule (Settings -> Weekends and holidays). A deadline a
 * person has not set by hand follows its rule's default, and a changed default recomputes the
 * open ones in the same transaction. RFE/NOID responses are not listed: their default follows
 * the filing method (USCIS Policy Manual), and each such deadline can still be changed.
 */
export const FIRM_DEFAULT_RULES = [
  'ca-biometrics',
  'ca-restoration',
  'ca-maintained-status',
  'ca-medical-validity',
  'us-extension-window',
  'us-grace-period',
  'us-authorized-stay-end',
  'us-h1b-max-out',
  'manual',
] as const;
export type FirmDefaultRule = (typeof FIRM_DEFAULT_RULES)[number];
export type RollForwardPolicyName = (typeof ROLL_FORWARD_POLICIES)[number];

const policy = z.enum(ROLL_FORWARD_POLICIES, { error: 'validation.required' });

export const updateRollForwardDefaultsInput = z.strictObject({
  defaults: z.partialRecord(z.enum(FIRM_DEFAULT_RULES), policy),
});

export interface RollForwardDefault {
  ruleId: FirmDefaultRule;
  policy: RollForwardPolicyName;
  /** What Caseport ships with, and why (an i18n key under rollForwardDefaults.reasons). */
  builtIn: RollForwardPolicyName;
  reasonKey: string;
}

export interface RollForwardDefaults {
  rules: RollForwardDefault[];
  /** How many open deadlines a save recomputed (0 on a read). */
  recomputed: number;
}
