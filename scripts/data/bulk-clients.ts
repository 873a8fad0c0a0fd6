import type Database from 'better-sqlite3';

/**
 * Inserts `count` plain clients in one SQL statement (about a second for 100,000), with their
 * search rows and next deadlines, for UI performance tests. Unlike npm run seed (scripts/seed/) it
 * bypasses the db layer — no audit rows, no applications — so it is for test fixtures only,
 * never for a firm's data.
 */
export function insertBulkClients(sqlite: Database.Database, count: number): void {
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO clients (given_names, family_name, name_key, date_of_birth, citizenships, email, next_deadline_on, created_at, updated_at)
         SELECT 'Client' || i, 'Family' || printf('%06d', i), 'family' || printf('%06d', i) || char(1) || 'client' || i,
                '1980-01-01', '["CA"]', 'client' || i || '@example.com', date('2026-01-01', '+' || (i % 730) || ' days'),
                '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
         FROM n`,
      )
      .run(count);
    sqlite.exec(
      `INSERT INTO people_search (rowid, names, documents, file_numbers, emails, employer)
       SELECT id * 2, given_names || ' ' || family_name, '', '', email, '' FROM clients
       WHERE id * 2 NOT IN (SELECT rowid FROM people_search)`,
    );
  })();
  sqlite.pragma('optimize');
}
