import {
  changeDeadline,
  createManualDeadline,
  findDeadlineRow,
  listDeadlines,
} from '../../db/deadlines/queries';
import { RecordError } from '../../db/errors';
import type { Writer } from '../../db/writer';
import { assertFileOpen, assertRecordFileOpen } from '../clients/closed-file';
import type { Deadline, DeadlinePage, ParsedInput } from '../contract';
import type { ApiContext } from '../data-service/context';
import { read, write } from '../data-service/transaction';
import { DeadlineInputError } from '../domain/deadlines/errors';
import { snooze } from '../domain/reminders/reminder-state';
import { computeRow, enteredOn, firmDeadlinePolicy, storedDates } from './deadline-truth';

export function listDeadlinesHandler(ctx: ApiContext, input: ParsedInput<'deadlines.list'>): DeadlinePage {
  return read(ctx, (tx) => listDeadlines(tx, input));
}

/**
 * A date entered by hand goes through its roll-forward like any rule date: the typed date is kept
 * (rule_inputs.dueOn) and the stored date is the engine's final one, which "why this date?" shows
 * with the raw date beside it. Without a choice the firm's default for hand-entered dates applies.
 */
export function createDeadlineHandler(
  ctx: ApiContext,
  { rollForward, ...input }: ParsedInput<'deadlines.create'>,
): Deadline {
  return write(ctx, (tx, writer) => {
    assertFileOpen(tx, input.clientId);
    const values = {
      ...input,
      origin: 'manual' as const,
      ruleId: null,
      ruleInputs: { dueOn: input.dueOn },
      rollForward: rollForward ?? ('none' as const),
      rollForwardChosen: rollForward !== undefined,
      computedDueOn: null,
      overrideReason: '',
    };
    const truth = storedDates(computeRow(values, firmDeadlinePolicy(tx)));
    return createManualDeadline(tx, writer, {
      ...input,
      ruleInputs: values.ruleInputs,
      rollForwardChosen: values.rollForwardChosen,
      rollForward: truth.rollForward,
      dueOn: truth.dueOn,
    });
  });
}

const defined = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * Title, notes, reminders, and what decides the date: for a hand-entered deadline the typed date
 * and its roll-forward, for a rule deadline only its roll-forward (its date comes from the rule,
 * or from an override with a reason). Every change that can move the date recomputes it here.
 */
export function updateDeadlineHandler(
  ctx: ApiContext,
  { id, version, ...input }: ParsedInput<'deadlines.update'>,
): Deadline {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'deadline', id);
    const before = findDeadlineRow(tx, id);
    const patch = defined(input);
    if (before.origin === 'rule') {
      if (patch.dueOn !== undefined && patch.dueOn !== before.dueOn)
        throw new RecordError('invalid', `Deadline ${id} is computed by a rule.`, {
          dueOn: 'deadlineRow.errors.ruleDateByOverride',
        });
      if (patch.kind !== undefined && patch.kind !== before.kind)
        throw new RecordError('invalid', `Deadline ${id} has its rule's kind.`, {
          kind: 'validation.invalid',
        });
    }
    const ruleInputs =
      before.origin === 'manual' ? { dueOn: patch.dueOn ?? enteredOn(before) } : before.ruleInputs;
    const rollForwardChosen = patch.rollForward !== undefined ? true : before.rollForwardChosen;
    const merged = { ...before, ...patch, ruleInputs, rollForwardChosen };
    const truth = storedDates(computeRow(merged, firmDeadlinePolicy(tx)));
    return changeDeadline(tx, writer, id, version, { ...patch, ruleInputs, rollForwardChosen, ...truth });
  });
}

/**
 * Complete, dismiss, snooze and reopen differ only in the fields they set and the note they leave;
 * each still refuses a closed file first and is audited as one state change.
 */
function changeDeadlineState(
  ctx: ApiContext,
  { id, version }: { id: number; version: number },
  // A function of the writer: the fields need its time and actor, and snooze checks its date only
  // after the closed-file check, so a closed file is what a user hears about first.
  fields: (writer: Writer) => Parameters<typeof changeDeadline>[4],
  note?: string,
): Deadline {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'deadline', id);
    return changeDeadline(tx, writer, id, version, fields(writer), 'state-change', note);
  });
}

export function completeDeadlineHandler(ctx: ApiContext, input: ParsedInput<'deadlines.complete'>): Deadline {
  return changeDeadlineState(ctx, input, (writer) => ({
    completedAt: writer.at,
    completedBy: writer.actorId,
    snoozedUntil: null,
  }));
}

export function dismissDeadlineHandler(ctx: ApiContext, input: ParsedInput<'deadlines.dismiss'>): Deadline {
  const { reason } = input;
  return changeDeadlineState(
    ctx,
    input,
    (writer) => ({
      dismissedAt: writer.at,
      dismissedBy: writer.actorId,
      dismissReason: reason,
      snoozedUntil: null,
    }),
    reason,
  );
}

export function snoozeDeadlineHandler(ctx: ApiContext, input: ParsedInput<'deadlines.snooze'>): Deadline {
  return changeDeadlineState(ctx, input, () => {
    try {
      // Against the injected clock: a snooze in the past would silently do nothing.
      return snooze(Date.parse(input.until), ctx.now());
    } catch (error) {
      if (!(error instanceof DeadlineInputError)) throw error;
      throw new RecordError('invalid', 'A snooze must end in the future.', {
        until: 'deadlineRow.errors.snoozePast',
      });
    }
  });
}

export function reopenDeadlineHandler(ctx: ApiContext, input: ParsedInput<'deadlines.reopen'>): Deadline {
  return changeDeadlineState(ctx, input, () => ({
    completedAt: null,
    completedBy: null,
    dismissedAt: null,
    dismissedBy: null,
    dismissReason: '',
    snoozedUntil: null,
  }));
}
