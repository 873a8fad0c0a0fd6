import type { CaseportDb } from '../../db/open';
import { readPreferences, writePreferences } from '../../db/preferences/queries';
import { DEFAULT_PREFERENCES, type ParsedInput, type UserPreferences } from '../contract';
import type { ApiContext } from '../data-service/context';
import { write } from '../data-service/transaction';

/**
 * The working person's language and theme. Written through `write` so only an active, chosen
 * person can change them, and only their own: the row is keyed by the author.
 */
export function updatePreferences(
  ctx: ApiContext,
  input: ParsedInput<'preferences.update'>,
): UserPreferences {
  return write(ctx, (tx, writer) => writePreferences(tx, writer.actorId, writer.at, input));
}

/** Nobody chosen yet (first run, "who is working?"): follow the operating system. */
export function preferencesOf(db: CaseportDb, userId: number | null): UserPreferences {
  return userId === null ? { ...DEFAULT_PREFERENCES } : readPreferences(db, userId);
}
