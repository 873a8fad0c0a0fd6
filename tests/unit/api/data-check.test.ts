import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackupSync } from '../../../db/backup/storage';
import { verifyBackup } from '../../../db/backup/verify';
import { CLEAN_CLOSE_NOTE, noteCleanClose } from '../../../db/clean-close';
import { connectionOf, DATABASE_FILE_NAME, openDatabase } from '../../../db/open';
import { openCaseportDatabase } from '../../../db/startup';
import type { AppStatus, DataCheck, Envelope } from '../../../main/contract';
import type { WorkerToHost } from '../../../main/data-service/protocol';
import { DataService } from '../../../main/data-service/service';
import { createLogger } from '../../../main/logging/logger';
import { realMigrations, tempDir } from '../support/test-database';

/**
 * The data file and its change history are checked at EVERY start: by the open after a crash or
 * an outside change, and in the background after a clean close, which is when bit rot on the
 * file at rest, or another program's edit while Caseport had it open, would otherwise go unseen.
 */
const running: DataService[] = [];
afterEach(() => {
  for (const service of running.splice(0)) service.close();
});

function start(dataDir: string) {
  const posted: WorkerToHost[] = [];
  const lines: string[] = [];
  const service = DataService.start({
    role: 'primary',
    options: {
      workerFile: '',
      dataDir,
      migrationsFolder: realMigrations,
      appVersion: 'test',
      clockOffsetMs: Date.parse('2026-03-16T14:00:00Z') - Date.now(),
      logFile: path.join(dataDir, 'logs', 'caseport.log'),
      reminders: false,
    },
    post: (message) => posted.push(message),
    log: createLogger('test', (line) => lines.push(line)),
  });
  if (!service) throw new Error(`service did not start: ${JSON.stringify(posted)}`);
  running.push(service);
  let next = 1;
  const invoke = async (channel: string, payload: unknown): Promise<Envelope<unknown>> => {
    const id = next++;
    await service.handle({ type: 'request', id, channel, payload });
    const reply = posted.find((m) => m.type === 'reply' && m.id === id);
    if (reply?.type !== 'reply') throw new Error('no reply');
    return reply.envelope;
  };
  const dataCheck = async (): Promise<DataCheck> => {
    const status = await invoke('app.status', {});
    if (!status.ok) throw new Error(JSON.stringify(status.error));
    const value = status.value as AppStatus;
    if (value.state !== 'ready') throw new Error('not ready');
    return value.dataCheck;
  };
  const stop = () => {
    running.splice(running.indexOf(service), 1);
    service.close();
  };
  return { service, invoke, dataCheck, stop, lines };
}

/** A first session: the firm, a client and an edit, so the trail has a few linked entries. */
async function firstSession(dataDir: string) {
  const session = start(dataDir);
  const setup = await session.invoke('setup.complete', {
    firmName: 'Maple & Liberty Immigration',
    timeZone: 'America/Toronto',
    user: { displayName: 'Lena Lawyer', initials: 'LL', role: 'lawyer' },
  });
  expect(setup.ok).toBe(true);
  const created = await session.invoke('clients.create', { givenNames: 'Amara', familyName: 'Okafor' });
  expect(created.ok).toBe(true);
  return session;
}

/** Another program (a database tool) rewrites who made an entry, with the guard put back. */
function alterAnEntry(file: string): void {
  const raw = new Database(file);
  const guard = raw
    .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'")
    .pluck()
    .get() as string;
  raw.exec('DROP TRIGGER audit_log_no_update');
  const first = raw.prepare('SELECT min(id) FROM audit_log').pluck().get() as number;
  raw.prepare('UPDATE audit_log SET user_id = 999 WHERE id = ?').run(first);
  raw.exec(guard);
  raw.close();
}

describe('the data file and its change history at every start', () => {
  it('after a clean close, checks the file and its history in the background and finds them sound', async () => {
    const dataDir = tempDir();
    (await firstSession(dataDir)).stop();
    expect(fs.existsSync(path.join(dataDir, CLEAN_CLOSE_NOTE))).toBe(true);

    const second = start(dataDir);
    // The open trusted the clean close: the chain is being walked apart from the open.
    expect(second.service.ctx.dataCheck?.current()).toEqual({ state: 'checking' });
    await vi.waitFor(async () => expect((await second.dataCheck()).state).toBe('sound'));
    const sound = await second.dataCheck();
    expect(sound.state === 'sound' && sound.entries).toBeGreaterThan(2);
  });

  it('catches an entry altered by another program while Caseport had the file open', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const first = await firstSession(dataDir);
    alterAnEntry(file);
    first.stop();
    // The close was clean, so the open alone would never look at the history again.
    expect(fs.existsSync(path.join(dataDir, CLEAN_CLOSE_NOTE))).toBe(true);

    const second = start(dataDir);
    await vi.waitFor(async () => expect((await second.dataCheck()).state).toBe('altered'));
    expect(await second.dataCheck()).toMatchObject({ state: 'altered', entryId: 1 });
    expect(second.lines.join('')).toContain('"event":"audit-history-altered"');
    second.stop();

    // No clean-close note this time: the next start checks in full and refuses the file.
    expect(fs.existsSync(path.join(dataDir, CLEAN_CLOSE_NOTE))).toBe(false);
    expect(() =>
      openCaseportDatabase({ dataDir, migrationsFolder: realMigrations, now: () => new Date() }),
    ).toThrow(expect.objectContaining({ kind: 'audit-tampered' }));
  });

  it('catches damage on a file at rest that still looks as Caseport left it (bit rot)', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const first = await firstSession(dataDir);
    // Pages freed by a dropped table: nothing reads them at start (an everyday read would find
    // damage in a table's pages at once; the free list is only walked by a check).
    const sqlite = connectionOf(first.service.ctx.db);
    sqlite.exec(`CREATE TABLE scratch (t TEXT);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
      INSERT INTO scratch SELECT hex(randomblob(1000)) FROM n;
      DROP TABLE scratch;`);
    const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
    first.stop();
    const note = JSON.parse(fs.readFileSync(path.join(dataDir, CLEAN_CLOSE_NOTE), 'utf8'));
    // The disk garbles the free list's first page. Bit rot leaves size, header and modification
    // time as they were, so the clean-close note still matches and the open alone would never
    // look (the note is written again: a test cannot set a file's time to the nanosecond).
    const page = fs.readFileSync(file).readUInt32BE(32);
    expect(page).toBeGreaterThan(0);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
    fs.closeSync(fd);
    noteCleanClose(file, note.schemaSteps);

    const second = start(dataDir);
    await vi.waitFor(async () => expect((await second.dataCheck()).state).toBe('damaged'));
    expect(second.lines.join('')).toContain('"event":"data-file-damaged"');
    second.stop();
    expect(fs.existsSync(path.join(dataDir, CLEAN_CLOSE_NOTE))).toBe(false);
    expect(() =>
      openCaseportDatabase({ dataDir, migrationsFolder: realMigrations, now: () => new Date() }),
    ).toThrow(expect.objectContaining({ kind: 'damaged' }));
  });

  it('answers a check asked for in Settings, and keeps its result for the status', async () => {
    const dataDir = tempDir();
    const session = await firstSession(dataDir);
    expect(await session.dataCheck()).toMatchObject({ state: 'sound' });
    alterAnEntry(path.join(dataDir, DATABASE_FILE_NAME));
    const checked = await session.invoke('app.checkData', {});
    expect(checked).toMatchObject({ ok: true, value: { state: 'altered', entryId: 1 } });
    expect(await session.dataCheck()).toMatchObject({ state: 'altered', entryId: 1 });
  });
});

describe('a second connection in the same session', () => {
  it('only connects: the primary already checked and migrated the file', async () => {
    const dataDir = tempDir();
    const session = await firstSession(dataDir);
    alterAnEntry(path.join(dataDir, DATABASE_FILE_NAME));
    // A full open would refuse this file; the background worker's connection does not re-check.
    const second = openDatabase({ dataDir, migrationsFolder: realMigrations, secondConnection: true });
    expect(second.checkedAtOpen).toBeNull();
    expect(second.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1);
    second.sqlite.close();
    session.stop();
  });
});

describe('backups', () => {
  it('a copy whose change history was altered does not verify', async () => {
    const dataDir = tempDir();
    const session = await firstSession(dataDir);
    session.stop();
    const database = openCaseportDatabase({ dataDir, migrationsFolder: realMigrations });
    const folder = path.join(dataDir, 'backups');
    const good = createBackupSync(database.sqlite, {
      folder,
      workDir: dataDir,
      kind: 'manual',
      at: new Date('2026-04-01T12:00:00Z'),
      passphrase: null,
    });
    database.sqlite.close();
    expect(good.verification.ok).toBe(true);

    const copy = path.join(folder, good.name);
    alterAnEntry(copy);
    const verification = verifyBackup(copy, null);
    expect(verification.ok).toBe(false);
    expect(verification.detail).toMatch(/change history was altered/);
  });
});
