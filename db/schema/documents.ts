import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { dependants } from './dependants';

/**
 * Passports and immigration statuses belong to a person: the principal (dependant_id NULL)
 * or one dependant. client_id is always set, so a family's documents are one lookup.
 */
export const passports = sqliteTable(
  'passports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    dependantId: integer('dependant_id').references(() => dependants.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    // Upper case without spaces or dashes: what duplicate checks and search compare.
    numberKey: text('number_key').notNull(),
    issuingCountry: text('issuing_country').notNull(),
    issuedOn: text('issued_on'),
    expiresOn: text('expires_on'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('passports_client_idx').on(t.clientId),
    // A dependant's own documents (search reindex, cascade on delete) without a full scan.
    index('passports_dependant_idx').on(t.dependantId),
    index('passports_number_key_idx').on(t.numberKey, t.issuingCountry),
  ],
);

/** Current (and past) immigration status per country: H-1B, H-4, work permit, visitor... */
export const immigrationStatuses = sqliteTable(
  'immigration_statuses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    dependantId: integer('dependant_id').references(() => dependants.id, { onDelete: 'cascade' }),
    country: text('country').notNull(),
    statusType: text('status_type').notNull(),
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    // I-94 number, permit number...
    documentNumber: text('document_number').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('statuses_client_idx').on(t.clientId),
    index('statuses_dependant_idx').on(t.dependantId),
    index('statuses_valid_to_idx').on(t.validTo),
  ],
);
