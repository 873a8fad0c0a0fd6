import type Database from 'better-sqlite3';

/**
 * Gives every client `perClient` open deadlines spread over about two and a half years from
 * `start`, in one statement, and sets each family's next deadline: the agenda, month view and
 * dashboard at firm scale in UI tests. Like bulk-clients.ts it bypasses the db layer (no audit
 * rows, no engine), so it is for test fixtures only.
 */
export function insertBulkDeadlines(
  sqlite: Database.Database,
  perClient: number,
  start = '2026-01-01',
): number {
  const kinds = ['status-expiry', 'grace-period', 'passport-expiry', 'biometrics', 'other'];
  const insert = sqlite.prepare(
    `INSERT INTO deadlines (client_id, kind, title, due_on, created_at, updated_at)
     SELECT id, ?, 'Bulk ' || ?, date(?, '+' || ((id * 37 + ? * 101) % 900) || ' days'),
            '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
     FROM clients`,
  );
  let inserted = 0;
  sqlite.transaction(() => {
    for (let n = 0; n < perClient; n += 1) {
      inserted += insert.run(kinds[n % kinds.length], String(n + 1), start, n).changes;
    }
    sqlite.exec(
      `UPDATE clients SET next_deadline_on = (
         SELECT min(due_on) FROM deadlines
         WHERE deadlines.client_id = clients.id AND completed_at IS NULL AND dismissed_at IS NULL)`,
    );
  })();
  sqlite.pragma('optimize');
  return inserted;
}
