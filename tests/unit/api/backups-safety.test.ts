import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupPassphraseError, decryptFile, encryptFile } from '../../../db/backup/crypto';
import { readBackupSettings, writeBackupSettings } from '../../../db/backup/settings-file';
import { verifyBackup } from '../../../db/backup/verify';
import { closeDatabase, DATABASE_FILE_NAME, type OpenedDatabase } from '../../../db/open';
import { openCaseportDatabase } from '../../../db/startup';
import { DailyBackups } from '../../../main/backups/daily';
import { backupEntries } from '../../../main/backups/entries';
import { RecoveryService } from '../../../main/backups/recovery';
import { type DatabaseHost, registerDatabaseHost } from '../../../main/backups/restore';
import type { BackupEntry, BackupOverview, Client, DeletionResult } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { ok, realMigrations, setUpFirm, tempDir, testContext } from '../support/test-database';

/** One practice on one laptop: its own data folder, clock and open database. */
interface Practice {
  ctx: ApiContext;
  dataDir: string;
  database: () => OpenedDatabase;
  setClock: (iso: string) => void;
  call: <T>(channel: string, payload?: unknown) => Promise<T>;
}

const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) if (database.sqlite.open) database.sqlite.close();
});

async function practice(dataDir = path.join(tempDir(), 'data')): Promise<Practice> {
  let nowMs = Date.parse('2026-03-02T15:00:00.000Z');
  const clock = () => {
    nowMs += 1000;
    return new Date(nowMs);
  };
  let database = openCaseportDatabase({ dataDir, migrationsFolder: realMigrations, now: clock });
  opened.push(database);
  const ctx = testContext(database, clock);
  const host: DatabaseHost = {
    current: () => database,
    migrationsFolder: realMigrations,
    closeOthers: async () => {},
    replaced: (next) => {
      database = next;
      opened.push(next);
    },
  };
  registerDatabaseHost(ctx, host);
  await setUpFirm(ctx);
  const lawyer = await ok<{ id: number }>(
    dispatch(ctx, 'users.create', { displayName: 'Lena Lawyer', initials: 'LL', role: 'lawyer' }),
  );
  await ok(dispatch(ctx, 'session.setUser', { userId: lawyer.id }));
  return {
    ctx,
    dataDir,
    database: () => database,
    setClock: (iso) => {
      nowMs = Date.parse(iso);
    },
    call: <T>(channel: string, payload: unknown = {}) => ok<T>(dispatch(ctx, channel, payload)),
  };
}

async function useFolder(p: Practice, folder: string | null, keep = { keepDaily: 14, keepMonthly: 12 }) {
  return p.call<BackupOverview>('backups.updateSettings', { folder, daily: true, ...keep });
}

async function closedFamily(p: Practice, familyName = 'Quaxley'): Promise<Client> {
  const client = await p.call<Client>('clients.create', { givenNames: 'Zephyrine', familyName });
  return p.call<Client>('clients.archive', { id: client.id, version: client.version, reason: 'Done' });
}

function deleteFamily(p: Practice, client: Client, familyName = 'Quaxley') {
  return p.call<DeletionResult>('clients.delete', {
    id: client.id,
    reason: 'Retention period over',
    confirmName: `${familyName}, Zephyrine`,
  });
}

const sqliteFiles = (folder: string) =>
  fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => /\.sqlite(\.enc)?$/.test(name)) : [];

describe('a retention deletion reaches every backup folder', () => {
  it('backups left on an earlier folder (unplugged at the deletion) are removed once it is back, and the lawyer is told', async () => {
    const p = await practice();
    const usb = tempDir('caseport-usb-');
    const nas = tempDir('caseport-nas-');
    const client = await closedFamily(p);
    await useFolder(p, usb);
    const onUsb = await p.call<BackupEntry>('backups.create');
    await useFolder(p, nas);
    await p.call<BackupEntry>('backups.create');

    // The USB disk is unplugged when the family is deleted.
    const unplugged = `${usb}-unplugged`;
    fs.renameSync(usb, unplugged);
    p.setClock('2032-06-01T15:00:00.000Z');
    const result = await deleteFamily(p, client);
    expect(result).toEqual({ deleted: true, unreachableBackupFolders: [usb] });
    // The deletion's time is in the data file and in the settings file beside it.
    const mark = readBackupSettings(p.dataDir).forgottenBefore;
    expect(mark).toMatch(/^2032-06-01T15:00:0\d\.\d{3}Z$/);
    expect(sqliteFiles(nas).every((name) => name.includes('2032'))).toBe(true);

    // Plugged in again: the next listing removes its old backup, not before.
    fs.renameSync(unplugged, usb);
    expect(sqliteFiles(usb)).toEqual([onUsb.name]);
    await p.call<BackupOverview>('backups.list');
    expect(sqliteFiles(usb)).toEqual([]);
    // Nothing is left pending for that folder.
    expect(readBackupSettings(p.dataDir).knownFolders).not.toContain(usb);
  });

  it('with the chosen folder unplugged, the fresh backup goes to the data folder and is listed there', async () => {
    const p = await practice();
    const usb = tempDir('caseport-usb-');
    const client = await closedFamily(p);
    await useFolder(p, usb);
    const old = await p.call<BackupEntry>('backups.create');
    const unplugged = `${usb}-unplugged`;
    fs.renameSync(usb, unplugged);
    p.setClock('2032-06-01T15:00:00.000Z');
    expect(await deleteFamily(p, client)).toEqual({ deleted: true, unreachableBackupFolders: [usb] });
    const listed = await p.call<BackupOverview>('backups.list');
    expect(listed.folderReachable).toBe(false);
    expect(listed.backups).toEqual([
      expect.objectContaining({ verified: true, counts: expect.objectContaining({ clients: 0 }) }),
    ]);
    fs.renameSync(unplugged, usb);
    expect(sqliteFiles(usb)).toEqual([old.name]);
    await p.call<BackupOverview>('backups.list');
    expect(sqliteFiles(usb)).toEqual([]);
  });

  it('a backup made before the latest deletion is never restored, from Settings or from the recovery screen', async () => {
    const p = await practice();
    const client = await closedFamily(p);
    const old = await p.call<BackupEntry>('backups.create');
    const folder = path.join(p.dataDir, 'backups');
    const keep = tempDir();
    for (const suffix of ['', '.json'])
      fs.copyFileSync(path.join(folder, old.name + suffix), path.join(keep, old.name + suffix));
    p.setClock('2032-06-01T15:00:00.000Z');
    await deleteFamily(p, client);
    // Someone copies the old backup back in by hand, its manifest edited to look recent.
    fs.copyFileSync(path.join(keep, old.name), path.join(folder, old.name));
    const manifest = JSON.parse(fs.readFileSync(path.join(keep, `${old.name}.json`), 'utf8'));
    fs.writeFileSync(
      path.join(folder, `${old.name}.json`),
      JSON.stringify({ ...manifest, createdAt: '2040-01-01T00:00:00.000Z' }),
    );

    expect(await dispatch(p.ctx, 'backups.restore', { name: old.name })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { name: 'backups.beforeDeletion' } },
    });
    expect(p.database().sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);

    // The data file is lost; recovery neither offers nor restores the old backup.
    closeDatabase(p.database().sqlite);
    fs.writeFileSync(path.join(p.dataDir, DATABASE_FILE_NAME), '');
    const recovery = new RecoveryService(new Error('x'), {
      dataDir: p.dataDir,
      migrationsFolder: realMigrations,
      now: () => new Date('2032-06-02T00:00:00.000Z'),
      knownSteps: 1000,
      onOpened: (_dir, next) => opened.push(next),
    });
    const status = (await recovery.handle('app.status', {})) as {
      ok: true;
      value: { backups: BackupEntry[] };
    };
    expect(status.value.backups.map((backup) => backup.name)).not.toContain(old.name);
    expect(status.value.backups.length).toBeGreaterThan(0);
    expect(await recovery.handle('recovery.restore', { name: old.name })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});

describe('practices sharing a backup folder', () => {
  it("keeps each practice's backups apart: listing, rotation and a deletion's pruning", async () => {
    const nas = tempDir('caseport-nas-');
    const a = await practice();
    const b = await practice();
    await useFolder(a, nas);
    await useFolder(b, nas, { keepDaily: 1, keepMonthly: 0 });
    await b.call('clients.create', { givenNames: 'OnlyOnB', familyName: 'X' });
    b.setClock('2026-04-02T15:00:00.000Z');
    const bFirst = await b.call<BackupEntry>('backups.create');
    const client = await closedFamily(a);
    const aBackup = await a.call<BackupEntry>('backups.create');
    // B's daily rotation (keep 1 day) does not touch A's backup.
    b.setClock('2026-05-02T15:00:00.000Z');
    await new DailyBackups(b.ctx, (error) => {
      throw error;
    }).runIfDue();
    expect(sqliteFiles(nas)).toContain(aBackup.name);

    a.setClock('2032-06-01T15:00:00.000Z');
    await deleteFamily(a, client);
    expect(sqliteFiles(nas)).toContain(bFirst.name);
    expect(sqliteFiles(nas)).not.toContain(aBackup.name);
    const bSees = await b.call<BackupOverview>('backups.list');
    expect(bSees.backups.every((backup) => backup.counts?.clients === 1)).toBe(true);
    expect(bSees.backups.map((backup) => backup.name)).toContain(bFirst.name);
    // A has deleted its only family: it is not a new computer, B's backups are still not its own.
    const aSees = await a.call<BackupOverview>('backups.list');
    expect(aSees.backups.map((backup) => backup.name)).not.toContain(bFirst.name);
    // B can neither restore A's backup (in the folder they share) nor mark it with "Check again".
    const aLatest = (aSees.backups[0] as BackupEntry).name;
    expect(sqliteFiles(nas)).toContain(aLatest);
    for (const channel of ['backups.restore', 'backups.verify'])
      expect(await dispatch(b.ctx, channel, { name: aLatest })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
  });

  it("the recovery screen offers this practice's own backups first, another's only when it has none", async () => {
    const nas = tempDir('caseport-nas-');
    const a = await practice();
    const b = await practice();
    await useFolder(a, nas);
    await useFolder(b, nas);
    const aBackup = await a.call<BackupEntry>('backups.create');
    b.setClock('2026-04-02T15:00:00.000Z');
    const bBackup = await b.call<BackupEntry>('backups.create');
    closeDatabase(a.database().sqlite);
    fs.writeFileSync(path.join(a.dataDir, DATABASE_FILE_NAME), '');
    const offered = async () => {
      const recovery = new RecoveryService(new Error('x'), {
        dataDir: a.dataDir,
        migrationsFolder: realMigrations,
        now: () => new Date('2026-05-01T00:00:00.000Z'),
        knownSteps: 1000,
        onOpened: (_dir, next) => opened.push(next),
      });
      const status = (await recovery.handle('app.status', {})) as { value: { backups: BackupEntry[] } };
      return status.value.backups.map((backup) => backup.name);
    };
    // B's backup is newer, yet A's own comes first and alone.
    expect(await offered()).toEqual([aBackup.name]);
    fs.rmSync(path.join(nas, aBackup.name));
    expect(await offered()).toEqual([bBackup.name]);
  });

  it('a new computer (no family yet) is offered the old practice backups and can restore one: moving computers', async () => {
    const usb = tempDir('caseport-usb-');
    const old = await practice();
    await useFolder(old, usb);
    await old.call('clients.create', { givenNames: 'Amara', familyName: 'Okafor' });
    const brought = await old.call<BackupEntry>('backups.create');

    const fresh = await practice();
    await useFolder(fresh, usb);
    const offered = await fresh.call<BackupOverview>('backups.list');
    expect(offered.backups.find((backup) => backup.name === brought.name)).toMatchObject({
      otherPractice: true,
    });
    await fresh.call('backups.restore', { name: brought.name });
    expect(fresh.database().sqlite.prepare('SELECT given_names FROM clients').pluck().all()).toEqual([
      'Amara',
    ]);
    // From now on this data folder is that practice: its backups are its own.
    expect(readBackupSettings(fresh.dataDir).practiceId).toBe(readBackupSettings(old.dataDir).practiceId);
  });
});

describe('rotation spares manual and safety copies', () => {
  it('a daily backup on the day of a restore keeps the safety copy, and the restored backup survives a lowered rotation', async () => {
    const p = await practice();
    await p.call('clients.create', { givenNames: 'Amara', familyName: 'Okafor' });
    const daily = new DailyBackups(p.ctx, (error) => {
      throw error;
    });
    p.setClock('2026-03-02T01:00:00.000Z');
    await daily.runIfDue();
    const oldest = (await p.call<BackupOverview>('backups.list')).backups[0] as BackupEntry;
    p.setClock('2026-03-03T01:00:00.000Z');
    await daily.runIfDue();
    await useFolder(p, null, { keepDaily: 1, keepMonthly: 0 });
    const restored = await p.call<{ safetyBackup: BackupEntry }>('backups.restore', { name: oldest.name });
    const folder = path.join(p.dataDir, 'backups');
    expect(sqliteFiles(folder)).toContain(oldest.name);
    const lawyer = p
      .database()
      .sqlite.prepare("SELECT id FROM firm_users WHERE role = 'lawyer'")
      .pluck()
      .get();
    await p.call('session.setUser', { userId: lawyer });
    p.setClock('2026-03-03T18:00:00.000Z');
    await p.call('backups.create');
    p.setClock('2026-03-04T01:00:00.000Z');
    expect(await daily.runIfDue()).toBe(true);
    expect(sqliteFiles(folder)).toContain(restored.safetyBackup.name);
  });
});

describe('an unreachable chosen folder at an update', () => {
  it('the copy before migration goes to the data folder, and the missing mount point is not recreated', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'data');
    closeDatabase(openCaseportDatabase({ dataDir, migrationsFolder: realMigrations }).sqlite);
    // The next version: one more schema step (a table no one uses).
    const next = path.join(root, 'next-migrations');
    fs.cpSync(realMigrations, next, { recursive: true });
    const journalFile = path.join(next, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
      entries: { idx: number; when: number; tag: string }[];
    };
    const last = journal.entries.at(-1) as { idx: number; when: number; tag: string };
    const step = { ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_next_version' };
    journal.entries.push(step);
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(path.join(next, `${step.tag}.sql`), 'CREATE TABLE next_version_step (id INTEGER);');
    const usb = path.join(root, 'Volumes', 'USB', 'Caseport');
    writeBackupSettings(dataDir, { ...readBackupSettings(dataDir), folder: usb });

    const updated = openCaseportDatabase({ dataDir, migrationsFolder: next });
    opened.push(updated);
    expect(updated.backupFile && path.dirname(updated.backupFile)).toBe(path.join(dataDir, 'backups'));
    expect(fs.existsSync(path.join(root, 'Volumes'))).toBe(false);
    // Listed (and restorable) like any other while the chosen folder is away.
    expect(backupEntries(dataDir).map((backup) => backup.kind)).toEqual(['before-migration']);
  });
});

describe('small guards', () => {
  it('keeps 0 monthly backups when asked', async () => {
    const p = await practice();
    await useFolder(p, null, { keepDaily: 3, keepMonthly: 0 });
    expect(readBackupSettings(p.dataDir).keepMonthly).toBe(0);
    expect((await p.call<BackupOverview>('backups.list')).settings.keepMonthly).toBe(0);
  });

  it('refuses a backup header asking for a costlier key derivation than Caseport writes', () => {
    const folder = tempDir();
    const plain = path.join(folder, 'plain');
    fs.writeFileSync(plain, 'x'.repeat(1000));
    const sealed = path.join(folder, 'sealed');
    encryptFile(plain, sealed, 'a passphrase', 18);
    expect(() => decryptFile(sealed, 'a passphrase')).toThrow(BackupPassphraseError);
  });

  it('verifies from disk: nothing is added beside a plain backup, no plaintext is left in the work folder', async () => {
    const p = await practice();
    const plain = await p.call<BackupEntry>('backups.create');
    await useFolder(p, null);
    await p.call('backups.updateSettings', {
      folder: null,
      daily: true,
      keepDaily: 14,
      keepMonthly: 12,
      passphrase: 'correct horse battery staple',
    });
    const sealed = await p.call<BackupEntry>('backups.create');
    const folder = path.join(p.dataDir, 'backups');
    const before = fs.readdirSync(folder).sort();
    const work = tempDir();
    expect(verifyBackup(path.join(folder, plain.name), null, work)).toMatchObject({ ok: true });
    expect(verifyBackup(path.join(folder, sealed.name), 'correct horse battery staple', work)).toMatchObject({
      ok: true,
      counts: { clients: 0 },
    });
    expect(fs.readdirSync(folder).sort()).toEqual(before);
    expect(fs.readdirSync(work)).toEqual([]);
  }, 60_000);

  it('verifies a backup above 2 GiB: it is read from disk, never whole into memory', async () => {
    const p = await practice();
    const made = await p.call<BackupEntry>('backups.create');
    const file = path.join(tempDir(), 'large.sqlite');
    fs.copyFileSync(path.join(p.dataDir, 'backups', made.name), file);
    // Sparse past 2 GiB (no disk used): SQLite reads the pages its header counts, Node cannot
    // read the file into one buffer.
    fs.truncateSync(file, 2 ** 31 + 4096);
    expect(verifyBackup(file, null, tempDir())).toMatchObject({ ok: true, counts: { clients: 0 } });
  });
});

describe('the last daily backup is reported', () => {
  it('a failed daily backup shows in the overview', async () => {
    const p = await practice();
    const usb = tempDir('caseport-usb-');
    await useFolder(p, usb);
    fs.rmSync(usb, { recursive: true });
    const errors: unknown[] = [];
    expect(await new DailyBackups(p.ctx, (error) => errors.push(error)).runIfDue()).toBe(false);
    expect(errors).toHaveLength(1);
    const overview = await p.call<BackupOverview>('backups.list');
    expect(overview.lastDaily).toMatchObject({ ok: false });
    expect(overview.lastDaily?.detail).toContain(usb);
  });
});
