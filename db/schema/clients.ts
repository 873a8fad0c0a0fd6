import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A client is the principal applicant the firm acts for. Names are stored exactly as
 * written on the passport; `name_key` is the accent- and case-folded sort key that keeps
 * the client list in a stable, human order without sorting on the fly.
 */
export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    givenNames: text('given_names').notNull(),
    // Single-name passports have no family name: empty string, never null.
    familyName: text('family_name').notNull().default(''),
    nameKey: text('name_key').notNull(),
    // Calendar date, YYYY-MM-DD; no time zone applies to a birthday.
    dateOfBirth: text('date_of_birth'),
    // ISO 3166-1 alpha-2 codes, as a JSON array, in the order the firm entered them.
    citizenships: text('citizenships', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    // Instants as UTC ISO-8601 strings.
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    // Optimistic concurrency: an edit made from a stale screen is refused, not silently merged.
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('clients_name_key_idx').on(table.nameKey, table.id),
    check(
      'clients_date_of_birth_shape',
      sql`${table.dateOfBirth} IS NULL OR ${table.dateOfBirth} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`,
    ),
    check('clients_citizenships_json', sql`json_valid(${table.citizenships})`),
    check('clients_given_names_present', sql`length(trim(${table.givenNames})) > 0`),
  ],
);
