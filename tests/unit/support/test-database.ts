import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrationsFolder } from '../../../db/migrate';
import { type OpenedDatabase, openDatabase } from '../../../db/open';
import type { ApiContext } from '../../../main/api/context';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const realMigrations = migrationsFolder(repoRoot);

export function tempDir(prefix = 'caseport-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fixed, advancing clock: every call is one second after the last. */
export function steppingClock(start = '2026-03-01T12:00:00.000Z'): () => Date {
  let at = Date.parse(start);
  return () => {
    const now = new Date(at);
    at += 1000;
    return now;
  };
}

/** A real SQLite file in a fresh folder, migrated exactly as the app does it. */
export function openTestDatabase(dataDir = tempDir()): OpenedDatabase {
  return openDatabase({ dataDir, migrationsFolder: realMigrations, now: steppingClock() });
}

export function testContext(database: OpenedDatabase, now = steppingClock()): ApiContext {
  return {
    db: database.db,
    now,
    appVersion: '0.0.0-test',
    dataDir: path.dirname(database.file),
    schemaVersion: database.schemaVersion,
  };
}
