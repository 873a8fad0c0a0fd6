import type { CaseportDb } from './open';
import { connectionOf } from './raw-connection';

/**
 * A list's total only changes when data does, yet every page and every scroll step asked for it
 * again (the client list: 5-7 ms at 100,000 clients for a 0.3 ms page; the agenda: ~1M open
 * deadlines counted per page). Remembered per connection and `key` (the filters) until anything
 * is written: total_changes() moves with this connection's writes and data_version with any
 * other connection's commits, so a stale total is never served.
 */
const countCache = new WeakMap<object, { stamp: string; totals: Map<string, number> }>();

export function unchangedCount(db: CaseportDb, key: string, countNow: () => number): number {
  const connection = connectionOf(db);
  const stamp = `${connection.pragma('data_version', { simple: true })}:${
    connection.prepare('SELECT total_changes()').pluck().get() as number
  }`;
  let cached = countCache.get(connection);
  if (!cached || cached.stamp !== stamp) {
    cached = { stamp, totals: new Map() };
    countCache.set(connection, cached);
  }
  let total = cached.totals.get(key);
  if (total === undefined) {
    total = countNow();
    cached.totals.set(key, total);
  }
  return total;
}
