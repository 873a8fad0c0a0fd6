import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { USER_ROLES } from '../../main/contract/users';

/**
 * The people at the firm who use this machine. Caseport has no passwords (the OS account is
 * the lock); a "who is working" choice gives every change an author for the audit trail.
 * Users are archived, never deleted, so old audit rows keep a name.
 */
export const firmUsers = sqliteTable(
  'firm_users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    displayName: text('display_name').notNull(),
    initials: text('initials').notNull().default(''),
    email: text('email').notNull().default(''),
    role: text('role', { enum: USER_ROLES }).notNull(),
    createdAt: text('created_at').notNull(),
    archivedAt: text('archived_at'),
  },
  (t) => [
    check('firm_users_role', sql`${t.role} IN ('lawyer', 'consultant', 'paralegal', 'assistant', 'other')`),
    check('firm_users_name_present', sql`length(trim(${t.displayName})) > 0`),
  ],
);

/** Firm-wide settings as JSON values under well-known keys (see db/settings/queries.ts). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});
