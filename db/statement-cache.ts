import type Database from 'better-sqlite3';

/**
 * Makes `prepare()` on a connection return one cached statement per SQL text.
 *
 * Why: drizzle's better-sqlite3 driver prepares a new statement for every query it runs, and
 * better-sqlite3 13 never releases a statement's native memory before the connection closes
 * (about 3 KB each; garbage collection does not help). A desktop app that stays open for days
 * would grow without bound; generating 100,000 families reached 23 GB. Our queries are
 * parameterised, so the set of distinct SQL texts is small and a cache bounds memory.
 * See drizzle-orm issue #4068 / PR #5405.
 */
export function cacheStatements(sqlite: Database.Database, limit = 2000): Database.Database {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  const cachedPrepare = (source: string): Database.Statement => {
    const cached = cache.get(source);
    // A statement in the middle of .iterate() cannot run again: hand out a fresh one.
    if (cached && !cached.busy) {
      // Undo modes a previous caller switched on (drizzle calls .raw() on some reads).
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      // Refresh its place as most recently used.
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = prepare(source);
    if (!cached) {
      cache.set(source, statement);
      if (cache.size > limit) cache.delete(cache.keys().next().value as string);
    }
    return statement;
  };
  (sqlite as unknown as { prepare: typeof cachedPrepare }).prepare = cachedPrepare;
  return sqlite;
}
