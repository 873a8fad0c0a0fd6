/**
 * Canadian (IRCC) rules.
 *
 * API
 *   biometrics(inputs, options?)        instruction letter + 30 days; an ExemptDeadline instead
 *                                       when the person is under 14 or over 79 on the day the
 *                                       application was made (IRCC counts age then), or on the
 *                                       letter date when that day is not known; the explanation
 *                                       names which date was used
 *   medicalValidity(inputs, options?)   exam date + 12 months (month-end clamped)
 *   maintainedStatus(inputs, options?)  the extension must be filed on or before the permit
 *                                       expiry (IRPR 183(5), 186(u)); due = expiry date; warns
 *                                       when the passport ends before or soon after the permit
 *   restoration(inputs, options?)       loss of status + 90 days (IRPR 182)
 * Rule default roll-forward when called without one: 'none'. Stored deadlines get the firm's
 * default per rule (roll-forward-defaults.ts: 'ca-federal' for biometrics and restoration, which
 * are time limits under Interpretation Act s.26), and the explanation then shows both dates.
 */
import { ageOn, assertIsoDate, type IsoDate } from './calendar-date';
import { DeadlineInputError } from './errors';
import {
  type ComputedDeadline,
  type ExemptDeadline,
  finishDeadline,
  type InputValue,
  type RuleOptions,
  resolveRollForward,
  ruleSource,
  ruleTitle,
} from './explanation';
import { passportExpiryWarning } from './passport-warning';
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
  /** The day the application was made: IRCC measures the age exemption on it. */
  applicationDate?: IsoDate | null;
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
  const applicationDate = inputs.applicationDate
    ? assertIsoDate(inputs.applicationDate, 'applicationDate')
    : null;
  // IRCC counts the age on the day the application was made; the letter date stands in for it
  // only when that day is unknown, and the step says which one was used.
  const ageDate = applicationDate ?? letterDate;
  const age = dateOfBirth && dateOfBirth <= ageDate ? ageOn(dateOfBirth, ageDate) : null;
  const ageStep =
    age === null
      ? []
      : [
          {
            key: applicationDate
              ? 'deadlineExplain.steps.ageOnApplication'
              : 'deadlineExplain.steps.ageOnLetter',
            values: { age, onDate: ageDate },
          },
        ];
  const recorded: Record<string, InputValue> = applicationDate
    ? { letterDate, dateOfBirth, applicationDate }
    : { letterDate, dateOfBirth };
  if (age !== null && (age < BIOMETRICS_MIN_AGE || age > BIOMETRICS_MAX_AGE)) {
    const band = age < BIOMETRICS_MIN_AGE ? 'biometricsUnder14' : 'biometricsOver79';
    const reasonName = applicationDate ? `${band}OnApplication` : band;
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
  inputs: { permitExpiry: IsoDate; passportExpiry?: IsoDate | null },
  options: RuleOptions = {},
): ComputedDeadline {
  const permitExpiry = assertIsoDate(inputs.permitExpiry, 'permitExpiry');
  const passportExpiry = inputs.passportExpiry
    ? assertIsoDate(inputs.passportExpiry, 'passportExpiry')
    : null;
  // A renewed permit is not issued past the passport (IRPR 52(1)): say so before anything is filed.
  const warning = passportExpiry
    ? passportExpiryWarning({ passportExpiry, statusEndDate: permitExpiry })
    : null;
  return finishDeadline({
    ruleId: 'ca-maintained-status',
    kind: 'extension-filing',
    inputs: passportExpiry ? { permitExpiry, passportExpiry } : { permitExpiry },
    steps: [
      {
        key: 'deadlineExplain.steps.sameAs',
        values: { baseKey: 'deadlineExplain.inputs.permitExpiry', resultDate: permitExpiry },
      },
    ],
    rawDate: permitExpiry,
    rollForward: resolveRollForward(options, 'none'),
    notes: [...(warning ? [warning.message] : []), note('maintainedStatus'), note('restorationAfterExpiry')],
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
