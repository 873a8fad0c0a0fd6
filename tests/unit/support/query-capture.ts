import type Database from 'better-sqlite3';
import type { ChannelInput, ChannelName } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

/**
 * Records every statement (and its parameters) run on a connection while `work` runs, so a
 * test can EXPLAIN the exact SQL the app issues rather than a hand-written copy of it.
 */
export async function captureQueries(
  sqlite: Database.Database,
  work: () => Promise<unknown>,
): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  const originalPrepare = sqlite.prepare.bind(sqlite);
  const patched = (source: string) => {
    const statement = originalPrepare(source);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = (statement[method] as (...args: unknown[]) => unknown).bind(statement);
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        captured.push({ sql: source, params });
        return original(...params);
      };
    }
    return statement;
  };
  (sqlite as unknown as { prepare: typeof patched }).prepare = patched;
  try {
    await work();
  } finally {
    (sqlite as unknown as { prepare: typeof originalPrepare }).prepare = originalPrepare;
  }
  return captured;
}

/** The plan lines of a statement that read a table without any index (a full scan). */
export function fullScans(
  sqlite: Database.Database,
  query: CapturedQuery,
  tables: readonly string[],
): string[] {
  const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[];
  return plan
    .map((row) => row.detail)
    .filter((detail) => tables.some((table) => new RegExp(`^SCAN ${table}(?! USING)( |$)`).test(detail)));
}

/**
 * The full scans of `tables` in the SELECTs one channel call really runs through dispatch():
 * [] means every read it makes uses an index. A call that ran no query proves nothing, so that
 * fails too.
 */
export async function channelFullScans<K extends ChannelName>(
  ctx: ApiContext,
  sqlite: Database.Database,
  tables: readonly string[],
  channel: K,
  input: ChannelInput<K>,
): Promise<string[]> {
  const queries = await captureQueries(sqlite, async () => {
    const result = await dispatch(ctx, channel, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  });
  if (queries.length === 0) throw new Error(`${channel} ran no query`);
  return queries.filter((q) => /^\s*select/i.test(q.sql)).flatMap((q) => fullScans(sqlite, q, tables));
}

/**
 * The plan lines of every SELECT one channel call runs that read a big table without an index
 * OR sort rows in a temporary B-tree (an ORDER BY or GROUP BY no index delivers): either one
 * grows with the firm. [] means every read walks an index in the order it returns.
 */
export async function channelSlowPlans<K extends ChannelName>(
  ctx: ApiContext,
  sqlite: Database.Database,
  tables: readonly string[],
  channel: K,
  input: ChannelInput<K>,
): Promise<string[]> {
  const queries = await captureQueries(sqlite, async () => {
    const result = await dispatch(ctx, channel, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  });
  if (queries.length === 0) throw new Error(`${channel} ran no query`);
  return queries
    .filter((q) => /^\s*select/i.test(q.sql))
    .flatMap((q) => {
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[];
      return plan
        .map((row) => row.detail)
        .filter(
          (detail) =>
            /USE TEMP B-TREE/.test(detail) ||
            tables.some((table) => new RegExp(`^SCAN ${table}(?! USING)( |$)`).test(detail)),
        )
        .map((detail) => `${detail}  <-  ${q.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
    });
}
