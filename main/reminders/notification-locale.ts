import type { CaseportDb } from '../../db/open';
import { readPreferences } from '../../db/preferences/queries';
import { lastUserId } from '../../db/users/queries';
import { type AppLocale, resolveLocale } from '../contract';

/**
 * Notifications speak the language of the person who worked last on this computer (the one
 * who will see them); 'system' is the process's own locale, which follows the OS.
 */
export function notificationLocale(db: CaseportDb, processLocale: string): AppLocale {
  const userId = lastUserId(db);
  const choice = userId === null ? 'system' : readPreferences(db, userId).locale;
  return resolveLocale(choice, [processLocale]);
}

export function processLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale;
}
