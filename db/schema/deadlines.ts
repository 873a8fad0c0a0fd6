import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DEADLINE_KINDS, ROLL_FORWARD_POLICIES } from '../../main/contract/deadlines';
import { applications } from './applications';
import { clients } from './clients';
import { recordStamps } from './columns';
import { dependants } from './dependants';
import { caseEvents } from './events';
import { firmUsers } from './users';

/**
 * A date someone must act by. Belongs to a person (principal when dependant_id is NULL) and
 * optionally an application. Rule-made deadlines keep the rule id and its inputs so the
 * engine can recompute and explain them; an override keeps the computed date beside it.
 */
export const deadlines = sqliteTable(
  'deadlines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    dependantId: integer('dependant_id').references(() => dependants.id, { onDelete: 'cascade' }),
    applicationId: integer('application_id').references(() => applications.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: DEADLINE_KINDS }).notNull(),
    title: text('title').notNull().default(''),
    // Calendar date (YYYY-MM-DD); optional local time (HH:MM) in `time_zone` for timed deadlines.
    dueOn: text('due_on').notNull(),
    dueTime: text('due_time'),
    timeZone: text('time_zone'),
    origin: text('origin', { enum: ['manual', 'rule'] })
      .notNull()
      .default('manual'),
    ruleId: text('rule_id'),
    // The event that made this deadline (employment ended, RFE...): editing it recomputes them all.
    eventId: integer('event_id').references(() => caseEvents.id, { onDelete: 'cascade' }),
    // What a rule deadline was made from, so recomputing updates it instead of adding another:
    // 'event:<event id>:<person>' or 'status:<immigration status id>'. NULL for manual ones.
    sourceKey: text('source_key'),
    ruleInputs: text('rule_inputs', { mode: 'json' }).$type<Record<string, unknown>>(),
    rollForward: text('roll_forward', { enum: ROLL_FORWARD_POLICIES }).notNull().default('none'),
    // True when a person picked roll_forward for this deadline (row or event dialog); false when it
    // follows the firm's default for its rule, so a changed default recomputes it.
    rollForwardChosen: integer('roll_forward_chosen', { mode: 'boolean' }).notNull().default(false),
    // The engine's own date when a person overrode it (NULL when not overridden).
    computedDueOn: text('computed_due_on'),
    overrideReason: text('override_reason').notNull().default(''),
    // Days before due_on to remind; NULL = the firm's default for this kind.
    leadTimes: text('lead_times', { mode: 'json' }).$type<number[]>(),
    notes: text('notes').notNull().default(''),
    completedAt: text('completed_at'),
    completedBy: integer('completed_by').references(() => firmUsers.id),
    dismissedAt: text('dismissed_at'),
    dismissedBy: integer('dismissed_by').references(() => firmUsers.id),
    dismissReason: text('dismiss_reason').notNull().default(''),
    snoozedUntil: text('snoozed_until'),
    ...recordStamps(),
  },
  (t) => [
    index('deadlines_client_idx').on(t.clientId, t.dueOn),
    index('deadlines_application_idx').on(t.applicationId),
    index('deadlines_dependant_idx').on(t.dependantId),
    index('deadlines_event_idx').on(t.eventId),
    uniqueIndex('deadlines_source_key_idx').on(t.sourceKey).where(sql`source_key IS NOT NULL`),
    // The agenda and the dashboard read only open deadlines, by date.
    // In list order (due date, then id) with client_id riding along, so dashboard and agenda
    // counts (which skip closed files) never read deadline rows: ~63,000 overdue at 100k clients.
    index('deadlines_open_due_idx')
      .on(t.dueOn, t.id, t.clientId)
      .where(sql`completed_at IS NULL AND dismissed_at IS NULL`),
    // The dashboard's watch list past the horizon asks for a few kinds over a year of dates.
    index('deadlines_open_kind_due_idx')
      .on(t.kind, t.dueOn, t.clientId)
      .where(sql`completed_at IS NULL AND dismissed_at IS NULL`),
    check('deadlines_due_on_shape', sql`${t.dueOn} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
    check('deadlines_origin', sql`${t.origin} IN ('manual', 'rule')`),
    check('deadlines_roll_forward', sql`${t.rollForward} IN ('none', 'us-federal', 'ca-federal')`),
    check(
      'deadlines_dismiss_has_reason',
      sql`${t.dismissedAt} IS NULL OR length(trim(${t.dismissReason})) > 0`,
    ),
  ],
);
