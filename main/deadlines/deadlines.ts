import { changeDeadline, createManualDeadline, listDeadlines } from '../../db/deadlines/queries';
import type { Deadline, DeadlinePage, ParsedInput } from '../contract';
import type { ApiContext } from '../data-service/context';
import { read, write } from '../data-service/transaction';

export function listDeadlinesHandler(ctx: ApiContext, input: ParsedInput<'deadlines.list'>): DeadlinePage {
  return read(ctx, (tx) => listDeadlines(tx, input));
}

export function createDeadlineHandler(ctx: ApiContext, input: ParsedInput<'deadlines.create'>): Deadline {
  return write(ctx, (tx, writer) => createManualDeadline(tx, writer, input));
}

export function updateDeadlineHandler(
  ctx: ApiContext,
  { id, version, ...patch }: ParsedInput<'deadlines.update'>,
): Deadline {
  return write(ctx, (tx, writer) => changeDeadline(tx, writer, id, version, patch));
}

export function completeDeadlineHandler(
  ctx: ApiContext,
  { id, version }: ParsedInput<'deadlines.complete'>,
): Deadline {
  return write(ctx, (tx, writer) =>
    changeDeadline(
      tx,
      writer,
      id,
      version,
      { completedAt: writer.at, completedBy: writer.actorId, snoozedUntil: null },
      'state-change',
    ),
  );
}

export function dismissDeadlineHandler(
  ctx: ApiContext,
  { id, version, reason }: ParsedInput<'deadlines.dismiss'>,
): Deadline {
  return write(ctx, (tx, writer) =>
    changeDeadline(
      tx,
      writer,
      id,
      version,
      { dismissedAt: writer.at, dismissedBy: writer.actorId, dismissReason: reason, snoozedUntil: null },
      'state-change',
      reason,
    ),
  );
}

export function snoozeDeadlineHandler(
  ctx: ApiContext,
  { id, version, until }: ParsedInput<'deadlines.snooze'>,
): Deadline {
  return write(ctx, (tx, writer) =>
    changeDeadline(tx, writer, id, version, { snoozedUntil: new Date(until).toISOString() }, 'state-change'),
  );
}

export function reopenDeadlineHandler(
  ctx: ApiContext,
  { id, version }: ParsedInput<'deadlines.reopen'>,
): Deadline {
  return write(ctx, (tx, writer) =>
    changeDeadline(
      tx,
      writer,
      id,
      version,
      {
        completedAt: null,
        completedBy: null,
        dismissedAt: null,
        dismissedBy: null,
        dismissReason: '',
        snoozedUntil: null,
      },
      'state-change',
    ),
  );
}
