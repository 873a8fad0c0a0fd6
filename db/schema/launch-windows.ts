import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { JURISDICTIONS } from '../../main/contract/applications';
import {
  CAP_COUNTS,
  type EligibilityConfig,
  LAUNCH_WINDOW_AUDIENCES,
} from '../../main/contract/launch-windows';
import { applications, applicationTypes } from './applications';
import { clients } from './clients';
import { archiveColumns, recordStamps } from './columns';
import { dependants } from './dependants';
import { firmUsers } from './users';

export const ENROLMENT_STATES = ['enrolled', 'submitted', 'withdrawn'] as const;

/**
 * A program that opens at a fixed moment and closes at a cap or a date. The opening is kept
 * as the UTC instant AND the wall-clock reading the firm typed with its zone, so an edit shows
 * exactly what was entered and the countdown never depends on the machine's zone.
 */
export const launchWindows = sqliteTable(
  'launch_windows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    // The template it was made from ('' for a window built by hand).
    templateCode: text('template_code').notNull().default(''),
    jurisdiction: text('jurisdiction', { enum: JURISDICTIONS }).notNull(),
    applicationTypeId: integer('application_type_id')
      .notNull()
      .references(() => applicationTypes.id),
    opensAt: text('opens_at').notNull(),
    timeZone: text('time_zone').notNull(),
    opensOn: text('opens_on').notNull(),
    opensAtTime: text('opens_at_time').notNull(),
    closesAt: text('closes_at'),
    closesOn: text('closes_on'),
    closesAtTime: text('closes_at_time'),
    cap: integer('cap'),
    capCountsToward: text('cap_counts_toward', { enum: CAP_COUNTS }).notNull().default('principals'),
    // The government's published count, typed in by hand, and when it was published.
    reportedCount: integer('reported_count'),
    reportedAt: text('reported_at'),
    eligibility: text('eligibility', { mode: 'json' }).$type<EligibilityConfig>().notNull(),
    notes: text('notes').notNull().default(''),
    ...archiveColumns(),
    ...recordStamps(),
  },
  (t) => [
    index('launch_windows_list_idx').on(t.archivedAt, t.opensAt),
    check('launch_windows_jurisdiction', sql`${t.jurisdiction} IN ('CA', 'US')`),
    check('launch_windows_cap_counts', sql`${t.capCountsToward} IN ('principals', 'all')`),
    check('launch_windows_cap_positive', sql`${t.cap} IS NULL OR ${t.cap} > 0`),
    check('launch_windows_reported_count', sql`${t.reportedCount} IS NULL OR ${t.reportedCount} >= 0`),
    check('launch_windows_eligibility_json', sql`json_valid(${t.eligibility})`),
    check('launch_windows_name_present', sql`length(trim(${t.name})) > 0`),
  ],
);

/** The documents each member needs, per audience: what enrolment copies into each application. */
export const launchWindowChecklistItems = sqliteTable(
  'launch_window_checklist_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    windowId: integer('window_id')
      .notNull()
      .references(() => launchWindows.id, { onDelete: 'cascade' }),
    audience: text('audience', { enum: LAUNCH_WINDOW_AUDIENCES }).notNull(),
    labelKey: text('label_key').notNull().default(''),
    label: text('label').notNull().default(''),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    index('launch_window_checklist_window_idx').on(t.windowId, t.audience, t.sortOrder),
    check(
      'launch_window_checklist_audience',
      sql`${t.audience} IN ('principal', 'spouse', 'child', 'other-dependant')`,
    ),
    check('launch_window_checklist_label', sql`length(trim(${t.label})) > 0 OR length(${t.labelKey}) > 0`),
  ],
);

/** A family taking part in a window. Withdrawn enrolments stay for the report. */
export const launchWindowEnrolments = sqliteTable(
  'launch_window_enrolments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    windowId: integer('window_id')
      .notNull()
      .references(() => launchWindows.id, { onDelete: 'cascade' }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    state: text('state', { enum: ENROLMENT_STATES }).notNull().default('enrolled'),
    enrolledAt: text('enrolled_at').notNull(),
    enrolledBy: integer('enrolled_by')
      .notNull()
      .references(() => firmUsers.id),
    withdrawnAt: text('withdrawn_at'),
    withdrawReason: text('withdraw_reason').notNull().default(''),
    // Why a family still enrolled was not filed (cap reached, documents late...), for the report.
    notSubmittedReason: text('not_submitted_reason').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('launch_window_enrolments_family_idx').on(t.windowId, t.clientId),
    index('launch_window_enrolments_state_idx').on(t.windowId, t.state, t.id),
    index('launch_window_enrolments_client_idx').on(t.clientId),
    check('launch_window_enrolments_state', sql`${t.state} IN ('enrolled', 'submitted', 'withdrawn')`),
    check(
      'launch_window_enrolments_withdraw_reason',
      sql`${t.withdrawnAt} IS NULL OR length(trim(${t.withdrawReason})) > 0`,
    ),
  ],
);

/**
 * One member's filing in a window: made at enrolment with its application, completed when the
 * member is submitted (confirmation number, when, by whom).
 */
export const launchWindowSubmissions = sqliteTable(
  'launch_window_submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    enrolmentId: integer('enrolment_id')
      .notNull()
      .references(() => launchWindowEnrolments.id, { onDelete: 'cascade' }),
    windowId: integer('window_id')
      .notNull()
      .references(() => launchWindows.id, { onDelete: 'cascade' }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    // NULL: the principal's own filing.
    dependantId: integer('dependant_id').references(() => dependants.id, { onDelete: 'cascade' }),
    // dependant_id, or 0 for the principal: NULLs never collide in a unique index, zeros do.
    memberNo: integer('member_no').notNull(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    audience: text('audience', { enum: LAUNCH_WINDOW_AUDIENCES }).notNull(),
    confirmationNumber: text('confirmation_number').notNull().default(''),
    // The number as compared (upper case, no spaces or dashes): unique across the firm, so one
    // number can never be recorded for two people, even by two people at the same moment.
    confirmationKey: text('confirmation_key').notNull().default(''),
    submittedAt: text('submitted_at'),
    submittedBy: integer('submitted_by').references(() => firmUsers.id),
    // When a member who was not ready was recorded anyway: why, and the blockers seen then, so
    // the flag stays on the file after submission.
    overrideReason: text('override_reason').notNull().default(''),
    overrideBlockers: text('override_blockers', { mode: 'json' })
      .$type<{ code: string; key: string; params: Record<string, string | number> }[]>()
      .notNull()
      .default([]),
    // Bumped by every record, correction and withdrawal: a second person working from the same
    // screen is refused instead of overwriting the first.
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // One filing per person per enrolment.
    uniqueIndex('launch_window_submissions_member_idx').on(t.enrolmentId, t.memberNo),
    index('launch_window_submissions_window_idx').on(t.windowId, t.submittedAt),
    index('launch_window_submissions_application_idx').on(t.applicationId),
    index('launch_window_submissions_client_idx').on(t.clientId),
    index('launch_window_submissions_dependant_idx').on(t.dependantId),
    uniqueIndex('launch_window_submissions_confirmation_idx')
      .on(t.confirmationKey)
      .where(sql`${t.confirmationKey} <> ''`),
    check(
      'launch_window_submissions_audience',
      sql`${t.audience} IN ('principal', 'spouse', 'child', 'other-dependant')`,
    ),
    check(
      'launch_window_submissions_complete',
      sql`${t.submittedAt} IS NULL OR (${t.submittedBy} IS NOT NULL AND length(trim(${t.confirmationNumber})) > 0)`,
    ),
  ],
);

export type LaunchWindowRow = typeof launchWindows.$inferSelect;
