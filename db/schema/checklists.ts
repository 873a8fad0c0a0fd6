import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CHECKLIST_AUDIENCES, CHECKLIST_STATES } from '../../main/contract/applications';
import { applications, applicationTypes } from './applications';
import { firmUsers } from './users';

/**
 * The documents an application type needs. Built-in items carry a `label_key` (translated
 * in the UI); firm-added items a literal `label`.
 */
export const checklistTemplateItems = sqliteTable(
  'checklist_template_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationTypeId: integer('application_type_id')
      .notNull()
      .references(() => applicationTypes.id, { onDelete: 'cascade' }),
    labelKey: text('label_key').notNull().default(''),
    label: text('label').notNull().default(''),
    // Who the document is for: e.g. relationship proof only for dependants.
    appliesTo: text('applies_to', { enum: CHECKLIST_AUDIENCES }).notNull().default('any'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    index('checklist_template_type_idx').on(t.applicationTypeId, t.sortOrder),
    check('checklist_template_applies_to', sql`${t.appliesTo} IN ('any', 'principal', 'dependant')`),
  ],
);

export const checklistItems = sqliteTable(
  'checklist_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    templateItemId: integer('template_item_id').references(() => checklistTemplateItems.id, {
      onDelete: 'set null',
    }),
    labelKey: text('label_key').notNull().default(''),
    label: text('label').notNull().default(''),
    state: text('state', { enum: CHECKLIST_STATES }).notNull().default('missing'),
    note: text('note').notNull().default(''),
    // Where the scan lives on this machine; Caseport links to files, it does not copy them.
    filePath: text('file_path').notNull().default(''),
    sortOrder: integer('sort_order').notNull(),
    createdAt: text('created_at').notNull(),
    changedAt: text('changed_at').notNull(),
    changedBy: integer('changed_by')
      .notNull()
      .references(() => firmUsers.id),
  },
  (t) => [
    index('checklist_items_application_idx').on(t.applicationId, t.sortOrder),
    check(
      'checklist_items_state',
      sql`${t.state} IN ('missing', 'requested', 'received', 'verified', 'not-applicable')`,
    ),
    check('checklist_items_label_present', sql`length(trim(${t.label})) > 0 OR length(${t.labelKey}) > 0`),
  ],
);
