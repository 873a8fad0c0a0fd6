import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { DEPENDANT_RELATIONSHIPS } from '../../main/contract/dependants';
import { clients } from './clients';
import { archiveColumns, personColumns, recordStamps } from './columns';

/** A family member of a client. Each files their own application(s). */
export const dependants = sqliteTable(
  'dependants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    relationship: text('relationship', { enum: DEPENDANT_RELATIONSHIPS }).notNull(),
    ...personColumns(),
    // Dependant data goes stale (a new passport, a new school): when did someone last check it?
    lastVerifiedOn: text('last_verified_on'),
    ...archiveColumns(),
    ...recordStamps(),
  },
  (t) => [
    index('dependants_client_idx').on(t.clientId, t.id),
    index('dependants_name_key_idx').on(t.nameKey),
    check(
      'dependants_relationship',
      sql`${t.relationship} IN ('spouse', 'common-law-partner', 'child', 'other')`,
    ),
    check('dependants_given_names_present', sql`length(trim(${t.givenNames})) > 0`),
    check('dependants_sex', sql`${t.sex} IN ('', 'F', 'M', 'X')`),
    check('dependants_citizenships_json', sql`json_valid(${t.citizenships})`),
  ],
);
