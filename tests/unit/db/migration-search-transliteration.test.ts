import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCaseportDatabase } from '../../../db/startup';
import { realMigrations, steppingClock, tempDir } from '../support/test-database';

/** The migrations folder as the release before 0009_search_transliteration shipped it. */
function migrationsBeforeTransliteration(): string {
  const folder = path.join(tempDir('caseport-migrations-'), 'migrations');
  fs.cpSync(realMigrations, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((e) => e.tag === '0009_search_transliteration');
  expect(index).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, index);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

const find = (sqlite: import('better-sqlite3').Database, match: string) =>
  sqlite
    .prepare('SELECT rowid FROM people_search WHERE people_search MATCH ? ORDER BY rowid')
    .pluck()
    .all(match);

describe('0009_search_transliteration', () => {
  it('reindexes people already on file once at start-up: transliterated names and I-94 numbers', () => {
    const dataDir = tempDir();
    const before = openCaseportDatabase({
      dataDir,
      migrationsFolder: migrationsBeforeTransliteration(),
      now: steppingClock(),
    });
    const at = '2026-01-01T00:00:00.000Z';
    before.sqlite
      .prepare(
        "INSERT INTO clients (given_names, family_name, name_key, created_at, updated_at) VALUES ('Søren', 'Müller', 'muller', ?, ?)",
      )
      .run(at, at);
    before.sqlite
      .prepare(
        "INSERT INTO dependants (client_id, relationship, given_names, family_name, name_key, created_at, updated_at) VALUES (1, 'spouse', 'Анна', 'Иванова', 'x', ?, ?)",
      )
      .run(at, at);
    before.sqlite
      .prepare(
        "INSERT INTO immigration_statuses (client_id, country, status_type, document_number, created_at, updated_at) VALUES (1, 'US', 'H-1B', '123-456 789', ?, ?)",
      )
      .run(at, at);
    expect(find(before.sqlite, 'soren')).toEqual([]);
    before.sqlite.close();

    const after = openCaseportDatabase({ dataDir, migrationsFolder: realMigrations, now: steppingClock() });
    try {
      expect(find(after.sqlite, 'names_ascii : soren')).toEqual([2]);
      expect(find(after.sqlite, 'names_ascii : mueller')).toEqual([2]);
      expect(find(after.sqlite, 'names_ascii : ivanova')).toEqual([3]);
      expect(find(after.sqlite, 'status_numbers : "123456789"')).toEqual([2]);
      expect(after.sqlite.prepare('SELECT count(*) FROM search_reindex_requests').pluck().get()).toBe(0);
    } finally {
      after.sqlite.close();
    }
  });
});
