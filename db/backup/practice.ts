import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * Two facts about the practice kept in its data file (the `settings` table, under keys no
 * firm setting uses), so a copy of the file carries them wherever it goes:
 *  - its id: random, made once, so backups of two practices sharing one folder (a network
 *    share) are told apart by name and never listed, rotated, pruned or restored for each other;
 *  - when a family was last deleted after retention: every backup made up to then still holds
 *    the family, so it is removed wherever it is found and never offered for restore.
 * Neither is firm data a person edits: they are not audited on their own (the deletion that
 * moves the second is).
 */
const PRACTICE_ID_KEY = 'practice.id';
const FORGOTTEN_BEFORE_KEY = 'practice.forgottenBefore';

export function newPracticeId(): string {
  return randomBytes(16).toString('hex');
}

/** The short form in backup names: 48 bits, plenty to tell apart the practices of one folder. */
export function practiceTag(practiceId: string): string {
  return practiceId.slice(0, 12);
}

function readKey(sqlite: Database.Database, key: string): string | null {
  try {
    const value = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);
    const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : null;
    return typeof parsed === 'string' ? parsed : null;
  } catch {
    // A file from before the settings table (a pre-migration copy) has neither fact yet.
    return null;
  }
}

function writeKey(sqlite: Database.Database, key: string, value: string): void {
  sqlite
    .prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    )
    .run(key, JSON.stringify(value));
}

export function readPracticeId(sqlite: Database.Database): string | null {
  const id = readKey(sqlite, PRACTICE_ID_KEY);
  return id && /^[0-9a-f]{32}$/.test(id) ? id : null;
}

export function writePracticeId(sqlite: Database.Database, id: string): void {
  writeKey(sqlite, PRACTICE_ID_KEY, id);
}

export function readForgottenBefore(sqlite: Database.Database): string | null {
  return readKey(sqlite, FORGOTTEN_BEFORE_KEY);
}

/** Moves the mark forward only (a deletion never makes older backups safe again). */
export function markForgotten(sqlite: Database.Database, at: string): void {
  const current = readForgottenBefore(sqlite);
  if (current === null || current < at) writeKey(sqlite, FORGOTTEN_BEFORE_KEY, at);
}

/** The later of two marks (either may be missing). */
export function laterMark(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * A practice that never had a family: none now and none ever deleted (a family leaves only by a
 * retention deletion, which sets the mark). A new computer, not a practice that emptied itself.
 */
export function practiceNeverHadClients(sqlite: Database.Database): boolean {
  const none = sqlite.prepare('SELECT NOT EXISTS (SELECT 1 FROM clients)').pluck().get() === 1;
  return none && readForgottenBefore(sqlite) === null;
}
