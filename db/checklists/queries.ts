import { eq, max } from 'drizzle-orm';
import type { ChecklistItem, ChecklistState } from '../../main/contract/applications';
import { changedFields, recordAudit } from '../audit/record';
import { notFound } from '../errors';
import type { CaseportDb } from '../open';
import { applications, checklistItems } from '../schema';
import type { Writer } from '../writer';

type ItemRow = typeof checklistItems.$inferSelect;

export function toChecklistItem(row: ItemRow): ChecklistItem {
  const { templateItemId: _t, createdAt: _c, ...item } = row;
  return item;
}

function findItem(db: CaseportDb, id: number) {
  const row = db
    .select({ item: checklistItems, clientId: applications.clientId })
    .from(checklistItems)
    .innerJoin(applications, eq(applications.id, checklistItems.applicationId))
    .where(eq(checklistItems.id, id))
    .get();
  if (!row) throw notFound('Checklist item', id);
  return row;
}

/** Changes what is known about one document, in place; who and when are kept on the item and in the audit. */
export function updateChecklistItem(
  db: CaseportDb,
  writer: Writer,
  id: number,
  patch: {
    state?: ChecklistState | undefined;
    note?: string | undefined;
    label?: string | undefined;
    filePath?: string | undefined;
  },
): ChecklistItem {
  const { item: before, clientId } = findItem(db, id);
  const values = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as typeof patch;
  const after = { ...before, ...values };
  const changes = changedFields(before, after, ['state', 'note', 'label', 'filePath']);
  if (Object.keys(changes).length === 0) return toChecklistItem(before);
  const row = db
    .update(checklistItems)
    .set({ ...values, changedAt: writer.at, changedBy: writer.actorId })
    .where(eq(checklistItems.id, id))
    .returning()
    .get();
  recordAudit(db, writer, {
    entity: 'checklist-item',
    entityId: id,
    clientId,
    action: 'state' in changes ? 'state-change' : 'update',
    changes,
  });
  return toChecklistItem(row);
}

/** An ad-hoc document for one application, at the end of its list. */
export function addChecklistItem(
  db: CaseportDb,
  writer: Writer,
  applicationId: number,
  label: string,
): ChecklistItem {
  const application = db
    .select({ clientId: applications.clientId })
    .from(applications)
    .where(eq(applications.id, applicationId))
    .get();
  if (!application) throw notFound('Application', applicationId);
  const last =
    db
      .select({ n: max(checklistItems.sortOrder) })
      .from(checklistItems)
      .where(eq(checklistItems.applicationId, applicationId))
      .get()?.n ?? 0;
  const row = db
    .insert(checklistItems)
    .values({
      applicationId,
      label,
      sortOrder: last + 1,
      createdAt: writer.at,
      changedAt: writer.at,
      changedBy: writer.actorId,
    })
    .returning()
    .get();
  recordAudit(db, writer, {
    entity: 'checklist-item',
    entityId: row.id,
    clientId: application.clientId,
    action: 'create',
    changes: { applicationId: [null, applicationId], label: [null, label] },
  });
  return toChecklistItem(row);
}
