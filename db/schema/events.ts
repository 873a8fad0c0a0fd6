import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CASE_EVENT_KINDS } from '../../main/contract/events';
import { applications } from './applications';
import { clients } from './clients';
import { recordStamps } from './columns';

/**
 * Something that happened to a family and sets deadlines in motion: employment ended, a
 * biometric instruction letter, an RFE or NOID. The deadlines it made point back here
 * (deadlines.event_id), so changing an input recomputes every one of them. `inputs` holds the
 * event's own facts (dates, the people it names); each person's facts (status, passport, date
 * of birth) are read at recompute time and kept in that deadline's rule_inputs.
 */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    // RFE/NOID: the application the notice is about.
    applicationId: integer('application_id').references(() => applications.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: CASE_EVENT_KINDS }).notNull(),
    // Calendar date (YYYY-MM-DD): last day of employment, letter date, notice date.
    occurredOn: text('occurred_on').notNull(),
    inputs: text('inputs', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    notes: text('notes').notNull().default(''),
    ...recordStamps(),
  },
  (t) => [
    index('case_events_client_idx').on(t.clientId, t.occurredOn),
    index('case_events_application_idx').on(t.applicationId),
    check(
      'case_events_occurred_on_shape',
      sql`${t.occurredOn} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`,
    ),
    check(
      'case_events_kind',
      sql`${t.kind} IN ('employment-ended', 'biometrics-letter', 'rfe-received', 'noid-received')`,
    ),
    check('case_events_inputs_json', sql`json_valid(${t.inputs})`),
  ],
);

/**
 * The reminder scheduler's memory: one row per notification key already shown, so a restart on
 * the same file never repeats one (main/domain/reminders/scheduler.ts NotifiedStore).
 */
export const reminderNotifications = sqliteTable(
  'reminder_notifications',
  {
    key: text('key').primaryKey(),
    notifiedAt: text('notified_at').notNull(),
  },
  (t) => [index('reminder_notifications_at_idx').on(t.notifiedAt)],
);
