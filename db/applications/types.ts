import { asc, eq, isNull, max } from 'drizzle-orm';
import type { ApplicationType, ChecklistTemplateItem, Jurisdiction } from '../../main/contract/applications';
import { createdFields, recordAudit } from '../audit/record';
import { notFound } from '../errors';
import type { CaseportDb } from '../open';
import { applicationTypes, checklistTemplateItems } from '../schema';
import type { Writer } from '../writer';

type TemplateRow = typeof checklistTemplateItems.$inferSelect;

function toTemplateItem(row: TemplateRow): ChecklistTemplateItem {
  return {
    id: row.id,
    labelKey: row.labelKey,
    label: row.label,
    appliesTo: row.appliesTo,
    sortOrder: row.sortOrder,
  };
}

export function templateItemsOf(db: CaseportDb, applicationTypeId: number): ChecklistTemplateItem[] {
  return db
    .select()
    .from(checklistTemplateItems)
    .where(eq(checklistTemplateItems.applicationTypeId, applicationTypeId))
    .orderBy(asc(checklistTemplateItems.sortOrder))
    .all()
    .map(toTemplateItem);
}

/** The catalogue a firm picks from: built-in types first, then its own, none archived. */
export function listApplicationTypes(db: CaseportDb): ApplicationType[] {
  const templates = db
    .select()
    .from(checklistTemplateItems)
    .orderBy(asc(checklistTemplateItems.sortOrder))
    .all();
  return db
    .select()
    .from(applicationTypes)
    .where(isNull(applicationTypes.archivedAt))
    .orderBy(asc(applicationTypes.id))
    .all()
    .map((row) => ({
      id: row.id,
      code: row.code,
      jurisdiction: row.jurisdiction,
      name: row.name,
      builtIn: row.builtIn,
      checklist: templates.filter((t) => t.applicationTypeId === row.id).map(toTemplateItem),
    }));
}

export function findApplicationType(db: CaseportDb, id: number) {
  const row = db.select().from(applicationTypes).where(eq(applicationTypes.id, id)).get();
  if (!row) throw notFound('Application type', id);
  return row;
}

export function createApplicationType(
  db: CaseportDb,
  writer: Writer,
  input: {
    name: string;
    jurisdiction: Jurisdiction;
    checklist: { label: string; appliesTo: 'any' | 'principal' | 'dependant' }[];
  },
): ApplicationType {
  const row = db
    .insert(applicationTypes)
    // Firm types get a code of their own that can never collide with a built-in one.
    .values({
      code: `firm-${crypto.randomUUID()}`,
      jurisdiction: input.jurisdiction,
      name: input.name,
      createdAt: writer.at,
    })
    .returning()
    .get();
  input.checklist.forEach((item, index) => {
    db.insert(checklistTemplateItems)
      .values({
        applicationTypeId: row.id,
        label: item.label,
        appliesTo: item.appliesTo,
        sortOrder: index + 1,
      })
      .run();
  });
  recordAudit(db, writer, {
    entity: 'application-type',
    entityId: row.id,
    clientId: null,
    action: 'create',
    changes: {
      ...createdFields(row, ['name', 'jurisdiction']),
      checklist: [null, input.checklist.map((c) => c.label)],
    },
  });
  return { ...row, checklist: templateItemsOf(db, row.id) };
}

/** Extends a type's checklist (built-in ones too): the item applies to applications created from now on. */
export function addTemplateItem(
  db: CaseportDb,
  writer: Writer,
  input: { applicationTypeId: number; label: string; appliesTo: 'any' | 'principal' | 'dependant' },
): ChecklistTemplateItem {
  findApplicationType(db, input.applicationTypeId);
  const last =
    db
      .select({ n: max(checklistTemplateItems.sortOrder) })
      .from(checklistTemplateItems)
      .where(eq(checklistTemplateItems.applicationTypeId, input.applicationTypeId))
      .get()?.n ?? 0;
  const row = db
    .insert(checklistTemplateItems)
    .values({ ...input, sortOrder: last + 1 })
    .returning()
    .get();
  recordAudit(db, writer, {
    entity: 'checklist-template-item',
    entityId: row.id,
    clientId: null,
    action: 'create',
    changes: createdFields(row, ['applicationTypeId', 'label', 'appliesTo']),
  });
  return toTemplateItem(row);
}
