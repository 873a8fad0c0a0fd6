import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';
import type { PersonFieldName } from '../../main/contract/people';

/**
 * Personal columns shared by clients (principal applicants) and dependants: the domain says a
 * dependant has "the same personal, passport and status fields as a client". A function, so
 * each table gets its own column builders.
 */
export function personColumns() {
  return {
    givenNames: text('given_names').notNull(),
    // Single-name passports have no family name: empty string, never null.
    familyName: text('family_name').notNull().default(''),
    preferredName: text('preferred_name').notNull().default(''),
    // Accent- and case-folded sort key ("nunez\u0001elodie"), maintained by the db layer.
    nameKey: text('name_key').notNull(),
    // As printed on the passport: F, M or X; empty when not recorded.
    sex: text('sex', { enum: ['', 'F', 'M', 'X'] })
      .notNull()
      .default(''),
    // Calendar date, YYYY-MM-DD; no time zone applies to a birthday.
    dateOfBirth: text('date_of_birth'),
    // ISO 3166-1 alpha-2 codes, as a JSON array, in the order the firm entered them.
    citizenships: text('citizenships', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    phoneAlt: text('phone_alt').notNull().default(''),
    addressLine1: text('address_line1').notNull().default(''),
    addressLine2: text('address_line2').notNull().default(''),
    city: text('city').notNull().default(''),
    region: text('region').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    addressCountry: text('address_country').notNull().default(''),
    employer: text('employer').notNull().default(''),
    occupation: text('occupation').notNull().default(''),
    notes: text('notes').notNull().default(''),
  };
}

// Every field of the contract's person has a column: a field added to personShape without one is
// a compile error here, not a value silently dropped on save.
type MissingPersonColumns = Exclude<PersonFieldName, keyof ReturnType<typeof personColumns>>;
const everyPersonFieldHasAColumn: MissingPersonColumns extends never ? true : MissingPersonColumns = true;
void everyPersonFieldHasAColumn;

/** Created/updated instants (UTC ISO-8601) and the optimistic-concurrency version. */
export function recordStamps() {
  return {
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  };
}

/** Closing a file never deletes it: archived_at + reason; deletion is a separate audited act. */
export function archiveColumns() {
  return {
    archivedAt: text('archived_at'),
    archiveReason: text('archive_reason').notNull().default(''),
  };
}
