import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archiveColumns, personColumns, recordStamps } from './columns';
import { firmUsers } from './users';

/**
 * A client is the principal applicant the firm acts for, and the file their family hangs
 * from: dependants, passports, statuses, applications and deadlines all carry client_id, so
 * the family view is one indexed lookup.
 */
export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ...personColumns(),
    responsibleUserId: integer('responsible_user_id').references(() => firmUsers.id),
    // Earliest open deadline of the family, kept by the db layer on every deadline write, so
    // the 100,000-row list can sort and filter by it through an index.
    nextDeadlineOn: text('next_deadline_on'),
    ...archiveColumns(),
    // Set when the file is closed: the calendar date (YYYY-MM-DD, firm's zone) before which it may
    // not be deleted, = closing date + max(the firm's retention, 6 years), fixed then so a later
    // change of the setting moves no closed file. NULL while the file is open (reopening clears it).
    retainUntil: text('retain_until'),
    ...recordStamps(),
  },
  (t) => [
    index('clients_name_key_idx').on(t.nameKey, t.id),
    // The default list shows open files only, in name order.
    index('clients_active_name_idx').on(t.archivedAt, t.nameKey, t.id),
    // "What is due next" over open files, families without a deadline last: the ORDER BY
    // (next_deadline_on IS NULL, next_deadline_on, name_key) and the overdue filter both read
    // this index alone (tests/unit/db/query-plans.test.ts; 100,000 clients: ~1 ms, was ~300 ms).
    index('clients_active_deadline_idx').on(
      t.archivedAt,
      sql`(${t.nextDeadlineOn} IS NULL)`,
      t.nextDeadlineOn,
      t.nameKey,
    ),
    index('clients_responsible_idx').on(t.responsibleUserId, t.nameKey),
    check(
      'clients_date_of_birth_shape',
      sql`${t.dateOfBirth} IS NULL OR ${t.dateOfBirth} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`,
    ),
    check('clients_citizenships_json', sql`json_valid(${t.citizenships})`),
    check('clients_given_names_present', sql`length(trim(${t.givenNames})) > 0`),
    check('clients_sex', sql`${t.sex} IN ('', 'F', 'M', 'X')`),
  ],
);
