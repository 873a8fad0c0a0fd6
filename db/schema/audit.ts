import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
  },
  (t) => [
    index('audit_client_idx').on(t.clientId, t.id),
    index('audit_entity_idx').on(t.entity, t.entityId, t.id),
  ],
);
