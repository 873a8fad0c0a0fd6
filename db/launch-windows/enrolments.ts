import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record';
import { notFound } from '../errors';
import type { CaseportDb } from '../open';
import { launchWindowEnrolments } from '../schema';
import type { Writer } from '../writer';

/** A family's place in a launch window: one row per window and family, with its state. */
export type EnrolmentRow = typeof launchWindowEnrolments.$inferSelect;

export function findEnrolment(db: CaseportDb, windowId: number, clientId: number): EnrolmentRow {
  const row = db
    .select()
    .from(launchWindowEnrolments)
    .where(and(eq(launchWindowEnrolments.windowId, windowId), eq(launchWindowEnrolments.clientId, clientId)))
    .get();
  if (!row) throw notFound(`Enrolment of client ${clientId} in launch window`, windowId);
  return row;
}

export function setEnrolmentState(
  db: CaseportDb,
  writer: Writer,
  before: EnrolmentRow,
  state: EnrolmentRow['state'],
  reason: string,
): EnrolmentRow {
  const withdrawn = state === 'withdrawn';
  const after = db
    .update(launchWindowEnrolments)
    .set({
      state,
      withdrawnAt: withdrawn ? writer.at : null,
      withdrawReason: withdrawn ? reason : '',
      updatedAt: writer.at,
    })
    .where(eq(launchWindowEnrolments.id, before.id))
    .returning()
    .get();
  recordAudit(db, writer, {
    entity: 'launch-window-enrolment',
    entityId: before.id,
    clientId: before.clientId,
    action: 'state-change',
    changes: { state: [before.state, state] },
    note: reason,
  });
  return after;
}
