/**
 * Canadian (IRCC) rules.
 *
 * API
 *   biometrics(inputs, options?)        instruction letter + 30 days; an ExemptDeadline instead
 *                                       when the person is under 14 or over 79 on the letter date
 *   medicalValidity(inputs, options?)   exam date + 12 months (month-end clamped)
 *   maintainedStatus(inputs, options?)  the extension must be filed on or before the permit
 *                                       expiry (IRPR 183(5), 186(u)); due = expiry date
 *   restoration(inputs, options?)       loss of status + 90 days (IRPR 182)
 * Default roll-forward: 'none' for all four (an expiry does not move; IRCC instructions give
 * calendar days). A firm that applies Interpretation Act s.26 to a time limit picks 'ca-federal'
 * on that deadline, and the explanation then shows both dates.
 */
import { ageOn, assertIsoDate, type IsoDate } from './calendar-date';
import { DeadlineInputError } from './errors';
import {
  type ComputedDeadline,
  type ExemptDeadline,
  finishDeadline,
  type RuleOptions,
  resolveRollForward,
  ruleSource,
  ruleTitle,
} from './explanation';
import { note, plusDays, plusMonths } from './steps';

export const BIOMETRICS_DAYS = 30;
/** IRCC: children under 14 and applicants over 79 generally do not give biometrics. */
export const BIOMETRICS_MIN_AGE = 14;
export const BIOMETRICS_MAX_AGE = 79;

export interface BiometricsInputs {
  /** Date of the biometric instruction letter (BIL). */
  letterDate: IsoDate;
  /** The person's date of birth; without it no exemption can be checked (noted). */
  dateOfBirth?: IsoDate | null;
}

export function biometrics(
  inputs: BiometricsInputs,
  options: RuleOptions = {},
): ComputedDeadline | ExemptDeadline {
  const letterDate = assertIsoDate(inputs.letterDate, 'letterDate');
  const dateOfBirth = inputs.dateOfBirth ? assertIsoDate(inputs.dateOfBirth, 'dateOfBirth') : null;
  if (dateOfBirth && dateOfBirth > letterDate) {
    throw new DeadlineInputError('deadlineExplain.errors.birthAfterLetter', 'dateOfBirth');
  }
  const age = dateOfBirth ? ageOn(dateOfBirth, letterDate) : null;
  const ageStep =
    age === null ? [] : [{ key: 'deadlineExplain.steps.ageOn', values: { age, onDate: letterDate } }];
  const recorded = { letterDate, dateOfBirth };
  if (age !== null && (age < BIOMETRICS_MIN_AGE || age > BIOMETRICS_MAX_AGE)) {
    const reasonName = age < BIOMETRICS_MIN_AGE ? 'biometricsUnder14' : 'biometricsOver79';
    return {
      outcome: 'exempt',
      ruleId: 'ca-biometrics',
      kind: 'biometrics',
      reason: { key: `deadlineExplain.exempt.${reasonName}`, values: { age } },
      explanation: {
        ruleId: 'ca-biometrics',
        title: ruleTitle('ca-biometrics'),
        source: ruleSource('ca-biometrics'),
        inputs: recorded,
        steps: ageStep,
        notes: [note('biometricsExemptionCheck')],
      },
    };
  }
  const [raw, step] = plusDays('letterDate', letterDate, BIOMETRICS_DAYS);
  return finishDeadline({
    ruleId: 'ca-biometrics',
    kind: 'biometrics',
    inputs: recorded,
    steps: [...ageStep, step],
    rawDate: raw,
    rollForward: resolveRollForward(options, 'none'),
    notes: [note(age === null ? 'biometricsAgeUnknown' : 'biometricsValid10Years')],
    override: options.override ?? null,
  });
}

export const MEDICAL_VALIDITY_MONTHS = 12;

export function medicalValidity(inputs: { examDate: IsoDate }, options: RuleOptions = {}): ComputedDeadline {
  const examDate = assertIsoDate(inputs.examDate, 'examDate');
  const [raw, step] = plusMonths('examDate', examDate, MEDICAL_VALIDITY_MONTHS);
  return finishDeadline({
    ruleId: 'ca-medical-validity',
    kind: 'medical-validity',
    inputs: { examDate },
    steps: [step],
    rawDate: raw,
    rollForward: resolveRollForward(options, 'none'),
    notes: [note('medicalValidity')],
    override: options.override ?? null,
  });
}

export function maintainedStatus(
  inputs: { permitExpiry: IsoDate },
  options: RuleOptions = {},
): ComputedDeadline {
  const permitExpiry = assertIsoDate(inputs.permitExpiry, 'permitExpiry');
  return finishDeadline({
    ruleId: 'ca-maintained-status',
    kind: 'extension-filing',
    inputs: { permitExpiry },
    steps: [
      {
        key: 'deadlineExplain.steps.sameAs',
        values: { baseKey: 'deadlineExplain.inputs.permitExpiry', resultDate: permitExpiry },
      },
    ],
    rawDate: permitExpiry,
    rollForward: resolveRollForward(options, 'none'),
    notes: [note('maintainedStatus'), note('restorationAfterExpiry')],
    override: options.override ?? null,
  });
}

export const RESTORATION_DAYS = 90;

export function restoration(
  inputs: { lossOfStatusDate: IsoDate },
  options: RuleOptions = {},
): ComputedDeadline {
  const lossOfStatusDate = assertIsoDate(inputs.lossOfStatusDate, 'lossOfStatusDate');
  const [raw, step] = plusDays('lossOfStatusDate', lossOfStatusDate, RESTORATION_DAYS);
  return finishDeadline({
    ruleId: 'ca-restoration',
    kind: 'restoration',
    inputs: { lossOfStatusDate },
    steps: [step],
    rawDate: raw,
    rollForward: resolveRollForward(options, 'none'),
    notes: [note('restorationNoWork')],
    override: options.override ?? null,
  });
}
