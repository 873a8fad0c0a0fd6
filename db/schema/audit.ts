import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';

/**
 * Append-only record of every create/update/archive/delete: who, when, what, before/after.
 * Written by the db layer in the same transaction as the change; triggers (migration
 * 0002) refuse UPDATE and DELETE on it. No foreign keys on purpose: rows must outlive the
 * records they describe, including permanently deleted ones.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id'),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    // The family the change belongs to, for the family page's history (NULL for firm-wide records).
    clientId: integer('client_id'),
    action: text('action').notNull(),
    // { field: [before, after] } for updates; the created/archived values otherwise.
    changes: text('changes', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    note: text('note').notNull().default(''),
    // sha256 over the previous row's chain and this row's stored values: a row altered, removed
    // or inserted outside Caseport breaks every later link (checked at start-up).
    chain: text('chain').notNull().default(''),
  },
  (t) => [
    index('audit_client_idx').on(t.clientId, t.id),
    index('audit_entity_idx').on(t.entity, t.entityId, t.id),
  ],
);

/**
 * One random key per family: the audit trail stores a family's before/after values and notes
 * sealed with it (AES-256-GCM). Deleting the family after retention deletes its key (the foreign
 * key cascades, secure_delete overwrites it), so the trail keeps who did what and when while the
 * personal values in it can never be read again.
 */
export const auditKeys = sqliteTable('audit_keys', {
  clientId: integer('client_id')
    .primaryKey()
    .references(() => clients.id, { onDelete: 'cascade' }),
  key: blob('key', { mode: 'buffer' }).notNull(),
});
