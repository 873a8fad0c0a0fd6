import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { LOCALES, THEMES } from '../../main/contract/preferences';
import { firmUsers } from './users';

/**
 * Each person's language and theme. A row appears the first time someone changes a choice;
 * no row means "follow the operating system" for both.
 */
export const userPreferences = sqliteTable(
  'user_preferences',
  {
    userId: integer('user_id')
      .primaryKey()
      .references(() => firmUsers.id),
    locale: text('locale', { enum: LOCALES }).notNull().default('system'),
    theme: text('theme', { enum: THEMES }).notNull().default('system'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check('user_preferences_locale', sql`${t.locale} IN ('system', 'en-CA', 'en-US', 'fr-CA')`),
    check('user_preferences_theme', sql`${t.theme} IN ('system', 'light', 'dark')`),
  ],
);
