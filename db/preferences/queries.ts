import { eq } from 'drizzle-orm';
import { DEFAULT_PREFERENCES, type UserPreferences } from '../../main/contract/preferences';
import type { CaseportDb } from '../open';
import { userPreferences } from '../schema';

export function readPreferences(db: CaseportDb, userId: number): UserPreferences {
  const row = db
    .select({ locale: userPreferences.locale, theme: userPreferences.theme })
    .from(userPreferences)
    .where(eq(userPreferences.userId, userId))
    .get();
  return row ?? { ...DEFAULT_PREFERENCES };
}

export function writePreferences(
  db: CaseportDb,
  userId: number,
  at: string,
  patch: Partial<UserPreferences>,
): UserPreferences {
  const next = { ...readPreferences(db, userId), ...definedOnly(patch) };
  db.insert(userPreferences)
    .values({ userId, ...next, updatedAt: at })
    .onConflictDoUpdate({ target: userPreferences.userId, set: { ...next, updatedAt: at } })
    .run();
  return next;
}

function definedOnly(patch: Partial<UserPreferences>): Partial<UserPreferences> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}
