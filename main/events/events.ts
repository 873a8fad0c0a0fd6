import { refreshNextDeadline } from '../../db/clients/queries';
import {
  eventDeadlines,
  removeStaleRuleDeadlines,
  upsertRuleDeadline,
} from '../../db/deadlines/rule-deadlines';
import { RecordError } from '../../db/errors';
import { type EventValues, familyEvents, findEvent, insertEvent, updateEvent } from '../../db/events/queries';
import type { CaseportDb } from '../../db/open';
import type { Writer } from '../../db/writer';
import { assertFileOpen, assertRecordFileOpen } from '../clients/closed-file';
import type { CaseEvent, EventDetails, EventResult, ParsedInput } from '../contract';
import type { ApiContext } from '../data-service/context';
import { read, write } from '../data-service/transaction';
import { planEventDeadlines } from '../deadlines/event-deadlines';

/** The facts an event row keeps besides its date: what the rules need that a person cannot look up. */
function eventValues(details: EventDetails): Omit<EventValues, 'clientId'> {
  const { kind, occurredOn, notes, rollForward } = details;
  switch (details.kind) {
    case 'employment-ended':
      return { kind, occurredOn, notes, applicationId: null, inputs: { rollForward } };
    case 'biometrics-letter':
      return {
        kind,
        occurredOn,
        notes,
        applicationId: details.applicationId,
        inputs: { people: details.people, rollForward },
      };
    case 'rfe-received':
    case 'noid-received':
      return {
        kind,
        occurredOn,
        notes,
        applicationId: details.applicationId,
        inputs: {
          responseDays: details.responseDays,
          mailed: details.mailed,
          filing: details.filing,
          rollForward,
        },
      };
  }
}

/** Recomputes every deadline of the event in the caller's transaction. */
function applyPlan(tx: CaseportDb, writer: Writer, event: CaseEvent): EventResult {
  const plan = planEventDeadlines(tx, event);
  for (const values of plan.deadlines) upsertRuleDeadline(tx, writer, values);
  removeStaleRuleDeadlines(
    tx,
    writer,
    { eventId: event.id },
    plan.deadlines.map((d) => d.sourceKey),
  );
  refreshNextDeadline(tx, event.clientId);
  return { event, deadlines: eventDeadlines(tx, event.id), skipped: plan.skipped };
}

export function recordEventHandler(ctx: ApiContext, input: ParsedInput<'events.record'>): EventResult {
  const { clientId, ...details } = input;
  return write(ctx, (tx, writer) => {
    assertFileOpen(tx, clientId);
    const event = insertEvent(tx, writer, { clientId, ...eventValues(details) });
    return applyPlan(tx, writer, event);
  });
}

export function updateEventHandler(
  ctx: ApiContext,
  { id, version, details }: ParsedInput<'events.update'>,
): EventResult {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'event', id);
    const before = findEvent(tx, id);
    if (before && before.kind !== details.kind) {
      throw new RecordError('invalid', 'An event cannot change its kind.', { kind: 'validation.invalid' });
    }
    const { kind: _kind, ...values } = eventValues(details);
    const event = updateEvent(tx, writer, id, version, values);
    return applyPlan(tx, writer, event);
  });
}

export function listEventsHandler(ctx: ApiContext, { clientId }: ParsedInput<'events.list'>): CaseEvent[] {
  return read(ctx, (tx) => familyEvents(tx, clientId));
}
