/**
 * US rules about how long a person may stay.
 *
 * API (each returns a ComputedDeadline; bad or missing inputs throw DeadlineInputError)
 *   authorizedStayEnd(inputs, options?)  earliest of the I-94 date, petition end + 10 days and
 *                                        passport expiry (CBP practice); says which one bound it
 *   gracePeriodEnd(inputs, options?)     8 CFR 214.1(l)(2): min(employment end + 60 days,
 *                                        authorized stay end), for the listed classifications
 *   h1bMaxOut(inputs, options?)          INA 214(g)(4): last day of six years from the first H-1B
 *                                        admission, plus recaptured days; informational
 *   extensionWindow(inputs, options?)    practice: may file from stay end - 6 months; due by the
 *                                        stay end (opensOn carries the first filing day); without
 *                                        a known stay end, the end is the earliest of I-94,
 *                                        petition end + 10 days and passport (bound named)
 *   GRACE_PERIOD_DEPENDANT_STATUSES      principal classification -> dependants' derived statuses,
 *                                        so "employment ended" can create one deadline per member
 * Default roll-forward for all of them: 'none' (a stay ends on its date; nothing is "filed").
 */
import { assertIsoDate, earliestDate, type IsoDate } from './calendar-date';
import { DeadlineInputError } from './errors';
import {
  type BoundCandidate,
  type ComputedDeadline,
  finishDeadline,
  type InputValue,
  type Message,
  type RuleOptions,
  resolveRollForward,
} from './explanation';
import { extraDays, inputLabel, note, plusDays, plusMonths, plusYears } from './steps';

export interface StayInputs {
  /** The admit-until date on the I-94 record. */
  i94Date?: IsoDate | null;
  /** The end of the approved petition validity (I-797). */
  petitionEndDate?: IsoDate | null;
  passportExpiry?: IsoDate | null;
}

/** Days CBP normally adds to the petition end when admitting (8 CFR 214.2(h)(13)(i)(A)). */
export const PETITION_END_EXTRA_DAYS = 10;

function optionalDate(value: IsoDate | null | undefined, field: string): IsoDate | null {
  return value === null || value === undefined || value === '' ? null : assertIsoDate(value, field);
}

/** The candidate dates for the end of authorized stay, with the arithmetic that made them. */
function stayCandidates(inputs: StayInputs): { candidates: BoundCandidate[]; steps: Message[] } {
  const candidates: BoundCandidate[] = [];
  const steps: Message[] = [];
  const i94 = optionalDate(inputs.i94Date, 'i94Date');
  const petitionEnd = optionalDate(inputs.petitionEndDate, 'petitionEndDate');
  const passport = optionalDate(inputs.passportExpiry, 'passportExpiry');
  if (i94) candidates.push({ input: 'i94Date', date: i94, labelKey: inputLabel('i94Date') });
  if (petitionEnd) {
    const [date, step] = plusDays('petitionEndDate', petitionEnd, PETITION_END_EXTRA_DAYS);
    steps.push(step);
    candidates.push({ input: 'petitionEndDate', date, labelKey: inputLabel('petitionEndPlus10') });
  }
  if (passport)
    candidates.push({ input: 'passportExpiry', date: passport, labelKey: inputLabel('passportExpiry') });
  return { candidates, steps };
}

/** The candidate that set the date; on a tie, the first listed (I-94 before petition before passport). */
function bound(candidates: BoundCandidate[]): BoundCandidate {
  const date = earliestDate(candidates.map((c) => c.date));
  const winner = candidates.find((c) => c.date === date);
  if (!winner) throw new Error('bound: no candidates');
  return winner;
}

function earliestStep(winner: BoundCandidate): Message {
  return {
    key: 'deadlineExplain.steps.earliest',
    values: { labelKey: winner.labelKey, resultDate: winner.date },
  };
}

function stayInputValues(inputs: StayInputs): Record<string, InputValue> {
  return {
    i94Date: inputs.i94Date || null,
    petitionEndDate: inputs.petitionEndDate || null,
    passportExpiry: inputs.passportExpiry || null,
  };
}

export function authorizedStayEnd(inputs: StayInputs, options: RuleOptions = {}): ComputedDeadline {
  const { candidates, steps } = stayCandidates(inputs);
  if (candidates.length === 0) throw new DeadlineInputError('deadlineExplain.errors.noStayInputs', 'i94Date');
  const winner = bound(candidates);
  return finishDeadline({
    ruleId: 'us-authorized-stay-end',
    kind: 'authorized-stay-end',
    inputs: stayInputValues(inputs),
    steps: [...steps, earliestStep(winner)],
    candidates,
    boundBy: winner.input,
    rawDate: winner.date,
    rollForward: resolveRollForward(options, 'none'),
    notes: winner.input === 'passportExpiry' ? [note('stayCutByPassport')] : [],
    override: options.override ?? null,
  });
}

/** Principal classifications named in 8 CFR 214.1(l)(2) -> statuses their dependants derive from them. */
export const GRACE_PERIOD_DEPENDANT_STATUSES: Readonly<Record<string, readonly string[]>> = {
  'E-1': ['E-1'],
  'E-2': ['E-2'],
  'E-3': ['E-3D'],
  'H-1B': ['H-4'],
  'H-1B1': ['H-4'],
  'L-1A': ['L-2'],
  'L-1B': ['L-2'],
  'O-1': ['O-3'],
  'O-1A': ['O-3'],
  'O-1B': ['O-3'],
  TN: ['TD'],
};

const GRACE_ELIGIBLE = new Set([
  ...Object.keys(GRACE_PERIOD_DEPENDANT_STATUSES),
  ...Object.values(GRACE_PERIOD_DEPENDANT_STATUSES).flat(),
  'L-1',
  'E-3R',
]);

export function normalizeClassification(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^([A-Z])(\d)/, '$1-$2');
}

export function isGracePeriodClassification(value: string): boolean {
  return GRACE_ELIGIBLE.has(normalizeClassification(value));
}

export const GRACE_PERIOD_DAYS = 60;

export interface GracePeriodInputs extends StayInputs {
  /** The principal's last day of employment (also for a dependant's deadline). */
  employmentEndDate: IsoDate;
  /** The person's own classification: H-1B, H-4, L-1A, L-2, TN, TD... */
  classification: string;
  /** A known end of authorized stay; when given, the I-94/petition/passport inputs are not needed. */
  authorizedStayEnd?: IsoDate | null;
}

export function gracePeriodEnd(inputs: GracePeriodInputs, options: RuleOptions = {}): ComputedDeadline {
  const classification = normalizeClassification(inputs.classification ?? '');
  if (!GRACE_ELIGIBLE.has(classification)) {
    throw new DeadlineInputError('deadlineExplain.errors.graceNotEligible', 'classification', {
      classification: inputs.classification ?? '',
    });
  }
  const employmentEnd = assertIsoDate(inputs.employmentEndDate, 'employmentEndDate');
  const [graceDate, graceStep] = plusDays('employmentEndDate', employmentEnd, GRACE_PERIOD_DAYS);
  const known = optionalDate(inputs.authorizedStayEnd, 'authorizedStayEnd');
  const stay: { candidates: BoundCandidate[]; steps: Message[] } = known
    ? {
        candidates: [{ input: 'authorizedStayEnd', date: known, labelKey: inputLabel('authorizedStayEnd') }],
        steps: [],
      }
    : stayCandidates(inputs);
  if (stay.candidates.length === 0) {
    throw new DeadlineInputError('deadlineExplain.errors.graceNeedsStayEnd', 'authorizedStayEnd');
  }
  const candidates: BoundCandidate[] = [
    { input: 'employmentEndDate', date: graceDate, labelKey: inputLabel('employmentEndPlus60') },
    ...stay.candidates,
  ];
  const winner = bound(candidates);
  return finishDeadline({
    ruleId: 'us-grace-period',
    kind: 'grace-period',
    inputs: {
      employmentEndDate: employmentEnd,
      classification,
      authorizedStayEnd: known,
      ...(known ? {} : stayInputValues(inputs)),
    },
    steps: [graceStep, ...stay.steps, earliestStep(winner)],
    candidates,
    boundBy: winner.input,
    rawDate: winner.date,
    rollForward: resolveRollForward(options, 'none'),
    notes: [
      note(winner.input === 'employmentEndDate' ? 'graceFull' : 'graceCutByStay'),
      note('graceOncePerValidity'),
    ],
    override: options.override ?? null,
  });
}

export interface H1bMaxOutInputs {
  /** First admission in H-1B status (or the change of status into H-1B). */
  admissionDate: IsoDate;
  /** Whole days spent outside the US that are recaptured (added back). */
  recapturedDays?: number | null;
}

export const H1B_MAX_YEARS = 6;

export function h1bMaxOut(inputs: H1bMaxOutInputs, options: RuleOptions = {}): ComputedDeadline {
  const admission = assertIsoDate(inputs.admissionDate, 'admissionDate');
  const recaptured = inputs.recapturedDays ?? 0;
  if (!Number.isInteger(recaptured) || recaptured < 0 || recaptured > 3650) {
    throw new DeadlineInputError('deadlineExplain.errors.invalidDays', 'recapturedDays');
  }
  const [anniversary, yearsStep] = plusYears('admissionDate', admission, H1B_MAX_YEARS);
  // Six years that begin on the admission day end the day before its sixth anniversary.
  const [lastDay, lastDayStep] = extraDays('deadlineExplain.reasons.lastDayOfPeriod', anniversary, -1);
  const steps = [yearsStep, lastDayStep];
  let raw = lastDay;
  if (recaptured > 0) {
    const [withRecapture, recaptureStep] = extraDays(
      'deadlineExplain.reasons.recapture',
      lastDay,
      recaptured,
    );
    raw = withRecapture;
    steps.push(recaptureStep);
  }
  return finishDeadline({
    ruleId: 'us-h1b-max-out',
    kind: 'h1b-max-out',
    inputs: { admissionDate: admission, recapturedDays: recaptured },
    steps,
    rawDate: raw,
    rollForward: resolveRollForward(options, 'none'),
    notes: [note('h1bInformational'), note('h1bRecapture'), note('h1bAc21')],
    override: options.override ?? null,
  });
}

export interface ExtensionWindowInputs extends StayInputs {
  authorizedStayEnd?: IsoDate | null;
}

export const EXTENSION_WINDOW_MONTHS = 6;

export function extensionWindow(inputs: ExtensionWindowInputs, options: RuleOptions = {}): ComputedDeadline {
  const known = optionalDate(inputs.authorizedStayEnd, 'authorizedStayEnd');
  const stay = known
    ? {
        candidates: [{ input: 'authorizedStayEnd', date: known, labelKey: inputLabel('authorizedStayEnd') }],
        steps: [],
      }
    : stayCandidates(inputs);
  if (stay.candidates.length === 0) {
    throw new DeadlineInputError('deadlineExplain.errors.noStayInputs', 'authorizedStayEnd');
  }
  const winner = bound(stay.candidates);
  const [opensOn, opensStep] = plusMonths('authorizedStayEnd', winner.date, -EXTENSION_WINDOW_MONTHS);
  return finishDeadline({
    ruleId: 'us-extension-window',
    kind: 'extension-filing',
    inputs: known ? { authorizedStayEnd: known } : stayInputValues(inputs),
    steps: [...stay.steps, earliestStep(winner), opensStep],
    candidates: stay.candidates.length > 1 ? stay.candidates : [],
    boundBy: stay.candidates.length > 1 ? winner.input : null,
    rawDate: winner.date,
    rollForward: resolveRollForward(options, 'none'),
    notes: [
      ...(winner.input === 'passportExpiry' ? [note('stayCutByPassport')] : []),
      note('extensionFileBeforeStayEnds'),
      note('extension240Days'),
    ],
    opensOn,
    override: options.override ?? null,
  });
}
