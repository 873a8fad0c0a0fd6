/**
 * Manual deadlines: a date a person entered, of any kind. It still goes through the deadline's
 * roll-forward policy (default 'none') and carries an explanation, so every deadline reads the
 * same way in the "why this date?" panel. Who entered it and when is the caller's record.
 *
 * API
 *   manualDeadline({ kind, dueOn }, options?) -> ComputedDeadline with ruleId 'manual'
 */
import type { DeadlineKind } from '../../contract/deadlines';
import { assertIsoDate, type IsoDate } from './calendar-date';
import { type ComputedDeadline, finishDeadline, type RuleOptions, resolveRollForward } from './explanation';

export function manualDeadline(
  inputs: { kind: DeadlineKind; dueOn: IsoDate },
  options: RuleOptions = {},
): ComputedDeadline {
  const dueOn = assertIsoDate(inputs.dueOn, 'dueOn');
  return finishDeadline({
    ruleId: 'manual',
    kind: inputs.kind,
    inputs: { dueOn },
    steps: [{ key: 'deadlineExplain.steps.enteredByHand', values: { resultDate: dueOn } }],
    rawDate: dueOn,
    rollForward: resolveRollForward(options, 'none'),
    override: options.override ?? null,
  });
}
