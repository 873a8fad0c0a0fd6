/**
 * Responses to USCIS notices.
 *
 * API
 *   rfeResponse(inputs, options?)   Request for Evidence: notice date + the period on the notice
 *                                   (at most 84 days, 8 CFR 103.2(b)(8)(iv)) + 3 days when the
 *                                   notice was mailed (8 CFR 103.8(b))
 *   noidResponse(inputs, options?)  Notice of Intent to Deny: same, at most 30 days
 * Default roll-forward: 'us-federal' for a paper response (timely if received the next business
 * day, USCIS Policy Manual), 'none' for an electronic one (counts when submitted).
 */
import { assertIsoDate, type IsoDate } from './calendar-date';
import { DeadlineInputError } from './errors';
import {
  type ComputedDeadline,
  finishDeadline,
  type Message,
  type RuleId,
  type RuleOptions,
  resolveRollForward,
} from './explanation';
import { extraDays, note, plusDays } from './steps';

export const RFE_MAX_DAYS = 84;
export const NOID_MAX_DAYS = 30;
export const MAIL_EXTRA_DAYS = 3;

export interface NoticeResponseInputs {
  noticeDate: IsoDate;
  /** The response period printed on the notice, in days. */
  responseDays: number;
  /** The notice was served by mail (adds 3 days). */
  mailed: boolean;
  /** How the response will be filed; decides the default roll-forward. */
  filing: 'paper' | 'electronic';
}

function noticeResponse(
  ruleId: Extract<RuleId, 'us-rfe-response' | 'us-noid-response'>,
  maxDays: number,
  inputs: NoticeResponseInputs,
  options: RuleOptions,
): ComputedDeadline {
  const noticeDate = assertIsoDate(inputs.noticeDate, 'noticeDate');
  const given = inputs.responseDays;
  if (!Number.isInteger(given) || given < 1 || given > 365) {
    throw new DeadlineInputError('deadlineExplain.errors.invalidDays', 'responseDays');
  }
  if (inputs.filing !== 'paper' && inputs.filing !== 'electronic') {
    throw new DeadlineInputError('deadlineExplain.errors.invalidChoice', 'filing');
  }
  const steps: Message[] = [];
  const days = Math.min(given, maxDays);
  if (given > maxDays) {
    steps.push({ key: 'deadlineExplain.steps.capped', values: { givenDays: given, maxDays } });
  }
  const [periodEnd, periodStep] = plusDays('noticeDate', noticeDate, days);
  steps.push(periodStep);
  let raw = periodEnd;
  if (inputs.mailed) {
    const [mailedEnd, mailStep] = extraDays('deadlineExplain.reasons.mailed', periodEnd, MAIL_EXTRA_DAYS);
    raw = mailedEnd;
    steps.push(mailStep);
  }
  const rollForward = resolveRollForward(options, inputs.filing === 'paper' ? 'us-federal' : 'none');
  return finishDeadline({
    ruleId,
    kind: ruleId === 'us-rfe-response' ? 'rfe-response' : 'noid-response',
    inputs: { noticeDate, responseDays: given, mailed: Boolean(inputs.mailed), filing: inputs.filing },
    steps,
    rawDate: raw,
    rollForward,
    notes: [note(inputs.filing === 'paper' ? 'paperMustBeReceived' : 'electronicNoRollForward')],
    override: options.override ?? null,
  });
}

export function rfeResponse(inputs: NoticeResponseInputs, options: RuleOptions = {}): ComputedDeadline {
  return noticeResponse('us-rfe-response', RFE_MAX_DAYS, inputs, options);
}

export function noidResponse(inputs: NoticeResponseInputs, options: RuleOptions = {}): ComputedDeadline {
  return noticeResponse('us-noid-response', NOID_MAX_DAYS, inputs, options);
}
