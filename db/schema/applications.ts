import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { APPLICATION_STAGES, DECISIONS, JURISDICTIONS } from '../../main/contract/applications';
import { clients } from './clients';
import { archiveColumns, recordStamps } from './columns';
import { dependants } from './dependants';
import { firmUsers } from './users';

/**
 * The catalogue of application types. Built-in types ship with the app (name shown from the
 * i18n catalogue by `code`); a firm adds its own with a literal name.
 */
export const applicationTypes = sqliteTable(
  'application_types',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    jurisdiction: text('jurisdiction', { enum: JURISDICTIONS }).notNull(),
    // Empty for built-in types (the UI translates `applicationTypes.<code>`).
    name: text('name').notNull().default(''),
    builtIn: integer('built_in', { mode: 'boolean' }).notNull().default(false),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('application_types_code_idx').on(t.code),
    check('application_types_jurisdiction', sql`${t.jurisdiction} IN ('CA', 'US')`),
  ],
);

/**
 * One filing for one person. Two statuses, kept apart on purpose: the firm's own `stage`
 * and the government's `government_status` as last seen on the portal.
 */
export const applications = sqliteTable(
  'applications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    // NULL: the application is the principal's own.
    dependantId: integer('dependant_id').references(() => dependants.id, { onDelete: 'cascade' }),
    typeId: integer('type_id')
      .notNull()
      .references(() => applicationTypes.id),
    jurisdiction: text('jurisdiction', { enum: JURISDICTIONS }).notNull(),
    stage: text('stage', { enum: APPLICATION_STAGES }).notNull().default('intake'),
    governmentStatus: text('government_status').notNull().default(''),
    governmentFileNumber: text('government_file_number').notNull().default(''),
    // Upper case, no spaces or dashes: what search compares.
    fileNumberKey: text('file_number_key').notNull().default(''),
    submittedAt: text('submitted_at'),
    decision: text('decision', { enum: DECISIONS }).notNull().default(''),
    decidedOn: text('decided_on'),
    responsibleUserId: integer('responsible_user_id').references(() => firmUsers.id),
    notes: text('notes').notNull().default(''),
    ...archiveColumns(),
    ...recordStamps(),
  },
  (t) => [
    index('applications_client_idx').on(t.clientId),
    // A dependant's applications (search reindex, cascade on delete): a scan cost ~15 ms at 100k.
    index('applications_dependant_idx').on(t.dependantId),
    index('applications_stage_idx').on(t.stage, t.clientId),
    index('applications_jurisdiction_idx').on(t.jurisdiction, t.clientId),
    index('applications_government_status_idx').on(t.governmentStatus, t.clientId),
    // The client list's status filter matches the portal's wording whatever its case or spacing.
    index('applications_status_folded_idx').on(sql`lower(trim(${t.governmentStatus}))`, t.clientId),
    index('applications_file_number_idx').on(t.fileNumberKey),
    index('applications_responsible_idx').on(t.responsibleUserId, t.clientId),
    check('applications_jurisdiction', sql`${t.jurisdiction} IN ('CA', 'US')`),
    check(
      'applications_stage',
      sql`${t.stage} IN ('intake', 'collecting-documents', 'ready-to-submit', 'submitted', 'decided', 'closed')`,
    ),
    check(
      'applications_decision',
      sql`${t.decision} IN ('', 'approved', 'refused', 'withdrawn', 'returned')`,
    ),
  ],
);

/** Every change of stage or government status: when, who, from what, to what, why. */
export const applicationStatusHistory = sqliteTable(
  'application_status_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['stage', 'government-status'] }).notNull(),
    fromValue: text('from_value').notNull().default(''),
    toValue: text('to_value').notNull(),
    note: text('note').notNull().default(''),
    changedAt: text('changed_at').notNull(),
    changedBy: integer('changed_by')
      .notNull()
      .references(() => firmUsers.id),
  },
  (t) => [
    index('status_history_application_idx').on(t.applicationId, t.changedAt),
    check('status_history_kind', sql`${t.kind} IN ('stage', 'government-status')`),
  ],
);
