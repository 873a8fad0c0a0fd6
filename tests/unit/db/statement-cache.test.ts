import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { describe, expect, it, vi } from 'vitest';
import { cacheStatements } from '../../../db/statement-cache';

const people = sqliteTable('people', { id: integer('id').primaryKey(), name: text('name').notNull() });

function connection() {
  const sqlite = new Database(':memory:');
  sqlite.exec(
    "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO people VALUES (1, 'Amara'), (2, 'Bo');",
  );
  return sqlite;
}

describe('statement cache', () => {
  it('prepares each distinct query once, however often drizzle runs it', () => {
    const sqlite = connection();
    const prepare = vi.spyOn(sqlite, 'prepare');
    const db = drizzle(cacheStatements(sqlite));
    for (let i = 0; i < 1000; i += 1) {
      expect(
        db
          .select()
          .from(people)
          .where(eq(people.id, (i % 2) + 1))
          .get()?.name,
      ).toBe(i % 2 ? 'Bo' : 'Amara');
      db.update(people)
        .set({ name: i % 2 ? 'Bo' : 'Amara' })
        .where(eq(people.id, (i % 2) + 1))
        .run();
    }
    expect(prepare.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('hands back a statement with the modes a previous caller switched on undone', () => {
    const sqlite = cacheStatements(connection());
    const first = sqlite.prepare('SELECT id, name FROM people ORDER BY id');
    expect(first.raw().all()).toEqual([
      [1, 'Amara'],
      [2, 'Bo'],
    ]);
    const again = sqlite.prepare('SELECT id, name FROM people ORDER BY id');
    expect(again).toBe(first);
    expect(again.all()).toEqual([
      { id: 1, name: 'Amara' },
      { id: 2, name: 'Bo' },
    ]);
  });

  it('gives a fresh statement while the cached one is busy iterating', () => {
    const sqlite = cacheStatements(connection());
    const names: string[] = [];
    for (const row of sqlite.prepare('SELECT name FROM people ORDER BY id').iterate() as Iterable<{
      name: string;
    }>) {
      names.push(
        row.name,
        (sqlite.prepare('SELECT name FROM people ORDER BY id').get() as { name: string }).name,
      );
    }
    expect(names).toEqual(['Amara', 'Amara', 'Bo', 'Amara']);
  });

  it('stays within its limit, dropping the least recently used', () => {
    const sqlite = connection();
    const prepare = vi.spyOn(sqlite, 'prepare');
    cacheStatements(sqlite, 2);
    sqlite.prepare('SELECT 1');
    sqlite.prepare('SELECT 2');
    sqlite.prepare('SELECT 1');
    sqlite.prepare('SELECT 3'); // evicts SELECT 2
    sqlite.prepare('SELECT 1');
    sqlite.prepare('SELECT 2');
    expect(prepare.mock.calls.map((c) => c[0])).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 2']);
  });
});
