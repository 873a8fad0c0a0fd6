import { asc, eq } from 'drizzle-orm';
import type { CaseEvent, CaseEventKind } from '../../main/contract/events';
import { changedFields, createdFields, recordAudit } from '../audit/record';
import { expectVersion, notFound } from '../errors';
import type { CaseportDb } from '../open';
import { caseEvents } from '../schema';
import type { Writer } from '../writer';

/**
 * Case events (employment ended, biometric letter, RFE, NOID): the facts deadlines are computed
 * from. Audited like every record; an edit keeps the old facts in the audit trail.
 */
type EventRow = typeof caseEvents.$inferSelect;

const FIELDS = ['kind', 'applicationId', 'occurredOn', 'inputs', 'notes'] as const;

export interface EventValues {
  clientId: number;
  applicationId: number | null;
  kind: CaseEventKind;
  occurredOn: string;
  inputs: Record<string, unknown>;
  notes: string;
}

function toEvent(row: EventRow): CaseEvent {
  return row;
}

export function findEvent(db: CaseportDb, id: number): CaseEvent | undefined {
  return db.select().from(caseEvents).where(eq(caseEvents.id, id)).get();
}

export function insertEvent(db: CaseportDb, writer: Writer, values: EventValues): CaseEvent {
  const row = db
    .insert(caseEvents)
    .values({ ...values, createdAt: writer.at, updatedAt: writer.at })
    .returning()
    .get();
  recordAudit(db, writer, {
    entity: 'case-event',
    entityId: row.id,
    clientId: row.clientId,
    action: 'create',
    changes: createdFields(row, FIELDS),
  });
  return toEvent(row);
}

export function updateEvent(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  values: Omit<EventValues, 'clientId' | 'kind'>,
): CaseEvent {
  const before = expectVersion(findEvent(db, id), 'Event', id, version);
  const changes = changedFields(before, { ...before, ...values }, FIELDS);
  const row = db
    .update(caseEvents)
    .set({ ...values, updatedAt: writer.at, version: version + 1 })
    .where(eq(caseEvents.id, id))
    .returning()
    .get();
  if (!row) throw notFound('Event', id);
  if (Object.keys(changes).length > 0) {
    recordAudit(db, writer, {
      entity: 'case-event',
      entityId: id,
      clientId: row.clientId,
      action: 'update',
      changes,
    });
  }
  return toEvent(row);
}

export function familyEvents(db: CaseportDb, clientId: number): CaseEvent[] {
  return db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.clientId, clientId))
    .orderBy(asc(caseEvents.occurredOn), asc(caseEvents.id))
    .all()
    .map(toEvent);
}
