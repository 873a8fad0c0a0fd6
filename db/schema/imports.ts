import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { firmUsers } from './users';

/**
 * Staging for a CSV import: rows arrive in batches while the renderer reads the file, are
 * checked and stored here, and become clients and dependants only at commit, in one
 * transaction. Staging rows are scratch data, deleted at commit or cancel (the import log in
 * the audit trail is the lasting record), so no client table ever holds half a file.
 */
export const importBatches = sqliteTable('import_batches', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  fileName: text('file_name').notNull().default(''),
  // Column headers as read, and header index -> field chosen by the user.
  header: text('header', { mode: 'json' }).$type<string[]>().notNull(),
  mapping: text('mapping', { mode: 'json' }).$type<Record<string, string>>().notNull(),
  rowsReceived: integer('rows_received').notNull().default(0),
  createdAt: text('created_at').notNull(),
  createdBy: integer('created_by')
    .notNull()
    .references(() => firmUsers.id),
});

export const importRows = sqliteTable(
  'import_rows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    // 1-based data row number as a spreadsheet shows it (header = row 1, first person = row 2).
    rowNumber: integer('row_number').notNull(),
    familyKey: text('family_key').notNull(),
    relationship: text('relationship').notNull(),
    // The person as the forms' schema parsed it; NULL when the row has errors.
    person: text('person', { mode: 'json' }).$type<Record<string, unknown>>(),
    valid: integer('valid', { mode: 'boolean' }).notNull(),
    // Compared with the rows staged before, to flag the same person twice in one file.
    passportKey: text('passport_key').notNull().default(''),
    nameBirthKey: text('name_birth_key').notNull().default(''),
    errors: text('errors', { mode: 'json' }).$type<{ field: string; key: string }[]>().notNull(),
    duplicates: text('duplicates', { mode: 'json' }).$type<Record<string, unknown>[]>().notNull(),
  },
  (t) => [
    uniqueIndex('import_rows_number_idx').on(t.batchId, t.rowNumber),
    index('import_rows_family_idx').on(t.batchId, t.familyKey, t.rowNumber),
    index('import_rows_valid_idx').on(t.batchId, t.valid, t.rowNumber),
    index('import_rows_passport_idx').on(t.batchId, t.passportKey),
    index('import_rows_name_birth_idx').on(t.batchId, t.nameBirthKey),
  ],
);
