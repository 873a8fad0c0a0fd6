import { eq, isNotNull } from 'drizzle-orm';
import type { CaseportDb } from '../open';
import { applications, caseEvents, checklistItems, clients, deadlines, dependants } from '../schema';

/** The kinds of family record a write names by its own id rather than by the family's. */
export type FamilyRecord = 'dependant' | 'application' | 'checklist-item' | 'deadline' | 'event';

/**
 * The family (client id) a record belongs to, or undefined when the record does not exist (the
 * write itself then answers NOT_FOUND). One indexed primary-key read each.
 */
export function clientIdOf(db: CaseportDb, record: FamilyRecord, id: number): number | undefined {
  switch (record) {
    case 'dependant':
      return db.select({ c: dependants.clientId }).from(dependants).where(eq(dependants.id, id)).get()?.c;
    case 'application':
      return db.select({ c: applications.clientId }).from(applications).where(eq(applications.id, id)).get()
        ?.c;
    case 'checklist-item':
      return db
        .select({ c: applications.clientId })
        .from(checklistItems)
        .innerJoin(applications, eq(applications.id, checklistItems.applicationId))
        .where(eq(checklistItems.id, id))
        .get()?.c;
    case 'deadline':
      return db.select({ c: deadlines.clientId }).from(deadlines).where(eq(deadlines.id, id)).get()?.c;
    case 'event':
      return db.select({ c: caseEvents.clientId }).from(caseEvents).where(eq(caseEvents.id, id)).get()?.c;
  }
}

/** When a family's file was closed and until when it must be kept, or undefined for an unknown id. */
export function fileClosure(
  db: CaseportDb,
  clientId: number,
): { archivedAt: string | null; retainUntil: string | null } | undefined {
  return db
    .select({ archivedAt: clients.archivedAt, retainUntil: clients.retainUntil })
    .from(clients)
    .where(eq(clients.id, clientId))
    .get();
}

/** Every closed file's id: background upkeep leaves these families as they were closed. */
export function closedClientIds(db: CaseportDb): Set<number> {
  return new Set(
    db
      .select({ id: clients.id })
      .from(clients)
      .where(isNotNull(clients.archivedAt))
      .all()
      .map((r) => r.id),
  );
}
