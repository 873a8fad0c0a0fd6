import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrationsFolder } from '../../../db/migrate';
import type { OpenedDatabase } from '../../../db/open';
import { openCaseportDatabase } from '../../../db/startup';
import type { Envelope } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';

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
  return openCaseportDatabase({ dataDir, migrationsFolder: realMigrations, now: steppingClock() });
}

/** A handler context with nobody chosen as working yet (as on a fresh install). */
export function testContext(database: OpenedDatabase, now = steppingClock()): ApiContext {
  return {
    db: database.db,
    now,
    appVersion: '0.0.0-test',
    dataDir: path.dirname(database.file),
    schemaVersion: database.schemaVersion,
    session: { userId: null },
  };
}

/** A context after first-run setup: the firm exists and "Pat Paralegal" is working. */
export async function setUpFirm(ctx: ApiContext): Promise<number> {
  const result = await dispatch(ctx, 'setup.complete', {
    firmName: 'Maple & Liberty Immigration',
    timeZone: 'America/Toronto',
    user: { displayName: 'Pat Paralegal', initials: 'PP', role: 'paralegal' },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (result.value as { user: { id: number } }).user.id;
}

/** Unwraps an envelope a test expects to be ok, failing with the error otherwise. */
export async function ok<T>(promise: Promise<Envelope<unknown>>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}
