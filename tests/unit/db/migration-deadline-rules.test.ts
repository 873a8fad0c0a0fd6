import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCaseportDatabase } from '../../../db/startup';
import { realMigrations, steppingClock, tempDir } from '../support/test-database';

/** The migrations folder as the release before 0005_deadline_rules shipped it. */
function migrationsBeforeDeadlineRules(): string {
  const folder = path.join(tempDir('caseport-migrations-'), 'migrations');
  fs.cpSync(realMigrations, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((e) => e.tag === '0005_deadline_rules');
  expect(index).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, index);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describe('0005_deadline_rules', () => {
  it('keeps existing deadlines (as manual, unlinked) and adds events and the reminder memory', () => {
    const dataDir = tempDir();
    const before = openCaseportDatabase({
      dataDir,
      migrationsFolder: migrationsBeforeDeadlineRules(),
      now: steppingClock(),
    });
    const at = '2026-01-01T00:00:00.000Z';
    before.sqlite
      .prepare(
        "INSERT INTO clients (given_names, name_key, created_at, updated_at) VALUES ('Amara', 'amara', ?, ?)",
      )
      .run(at, at);
    before.sqlite
      .prepare(
        "INSERT INTO deadlines (client_id, kind, due_on, created_at, updated_at) VALUES (1, 'other', '2026-05-01', ?, ?)",
      )
      .run(at, at);
    before.sqlite.close();

    const after = openCaseportDatabase({ dataDir, migrationsFolder: realMigrations, now: steppingClock() });
    try {
      expect(
        after.sqlite.prepare('SELECT due_on, origin, event_id, source_key FROM deadlines').all(),
      ).toEqual([{ due_on: '2026-05-01', origin: 'manual', event_id: null, source_key: null }]);
      after.sqlite
        .prepare(
          "INSERT INTO case_events (client_id, kind, occurred_on, inputs, created_at, updated_at) VALUES (1, 'employment-ended', '2026-03-10', '{}', ?, ?)",
        )
        .run(at, at);
      // A deadline may point at its event; a dangling event id is refused.
      after.sqlite.prepare('UPDATE deadlines SET event_id = 1, source_key = ? WHERE id = 1').run('event:1:p');
      expect(() => after.sqlite.prepare('UPDATE deadlines SET event_id = 99 WHERE id = 1').run()).toThrow(
        /FOREIGN KEY/,
      );
      // Two deadlines cannot share a source key: recomputing must update, never duplicate.
      expect(() =>
        after.sqlite
          .prepare(
            "INSERT INTO deadlines (client_id, kind, due_on, source_key, created_at, updated_at) VALUES (1, 'other', '2026-05-02', 'event:1:p', ?, ?)",
          )
          .run(at, at),
      ).toThrow(/UNIQUE/);
      after.sqlite
        .prepare("INSERT INTO reminder_notifications (key, notified_at) VALUES ('lead:1:2026-05-01:7', ?)")
        .run(at);
      expect(after.sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      after.sqlite.close();
    }
  });
});
