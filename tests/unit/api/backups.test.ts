import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decryptFile, encryptFile } from '../../../db/backup/crypto';
import { backupsToPrune } from '../../../db/backup/rotation';
import { readBackupSettings, writeBackupSettings } from '../../../db/backup/settings-file';
import { verifyBackup } from '../../../db/backup/verify';
import { DATABASE_FILE_NAME, type OpenedDatabase } from '../../../db/open';
import { DailyBackups } from '../../../main/backups/daily';
import { RecoveryService } from '../../../main/backups/recovery';
import { type DatabaseHost, registerDatabaseHost } from '../../../main/backups/restore';
import type { AppStatus, BackupEntry, BackupOverview, Client, RestoreResult } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import {
  ok,
  openTestDatabase,
  realMigrations,
  setUpFirm,
  steppingClock,
  tempDir,
  testContext,
} from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
let dataDir: string;

/** What restore needs from the data service, as the worker provides it. */
function host(): DatabaseHost {
  return {
    current: () => database,
    migrationsFolder: realMigrations,
    closeOthers: async () => {},
    replaced: (next) => {
      database = next;
    },
  };
}

beforeEach(async () => {
  dataDir = tempDir();
  database = openTestDatabase(dataDir);
  ctx = testContext(database, steppingClock('2026-05-04T09:00:00.000Z'));
  registerDatabaseHost(ctx, host());
  await setUpFirm(ctx);
  // setUpFirm's first user is a paralegal; restore and settings are a lawyer's.
  const lawyer = await ok<{ id: number }>(
    dispatch(ctx, 'users.create', { displayName: 'Lena Lawyer', initials: 'LL', role: 'lawyer' }),
  );
  await ok(dispatch(ctx, 'session.setUser', { userId: lawyer.id }));
});
afterEach(() => {
  if (database.sqlite.open) database.sqlite.close();
});

const clientNames = () =>
  database.sqlite.prepare('SELECT given_names FROM clients ORDER BY id').pluck().all() as string[];

async function addClient(givenNames: string) {
  return ok<Client>(
    dispatch(ctx, 'clients.create', { givenNames, familyName: 'Okafor', acknowledgeDuplicates: true }),
  );
}

describe('backups: make, verify, list, restore', () => {
  it('backs up now: a verified copy with counts, listed newest first, 0600 in a 0700 folder', async () => {
    await addClient('Amara');
    const entry = await ok<BackupEntry>(dispatch(ctx, 'backups.create', {}));
    expect(entry).toMatchObject({ kind: 'manual', verified: true, encrypted: false, counts: { clients: 1 } });
    const overview = await ok<BackupOverview>(dispatch(ctx, 'backups.list', {}));
    expect(overview.folder).toBe(path.join(dataDir, 'backups'));
    expect(overview.backups.map((backup) => backup.name)).toEqual([entry.name]);
    expect(fs.statSync(overview.folder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(overview.folder, entry.name)).mode & 0o777).toBe(0o600);
    // Nothing but the backup and its manifest: no working copy left in the data folder.
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('in-progress'))).toEqual([]);
  });

  it('round trip: restore brings back exactly the backed-up records, after a safety backup', async () => {
    await addClient('Amara');
    await addClient('Bo');
    const before = clientNames();
    const backup = await ok<BackupEntry>(dispatch(ctx, 'backups.create', {}));
    await addClient('Chidi');
    database.sqlite.prepare("UPDATE clients SET given_names = 'Changed' WHERE given_names = 'Amara'").run();

    const result = await ok<RestoreResult>(dispatch(ctx, 'backups.restore', { name: backup.name }));
    expect(result.safetyBackup).toMatchObject({
      kind: 'before-restore',
      verified: true,
      counts: { clients: 3 },
    });
    expect(clientNames()).toEqual(before);
    expect(ctx.session.userId).toBeNull();
    expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // The safety backup brings the later state back.
    const lawyer = database.sqlite
      .prepare("SELECT id FROM firm_users WHERE role = 'lawyer'")
      .pluck()
      .get() as number;
    await ok(dispatch(ctx, 'session.setUser', { userId: lawyer }));
    await ok(dispatch(ctx, 'backups.restore', { name: result.safetyBackup.name }));
    expect(clientNames()).toEqual(['Changed', 'Bo', 'Chidi']);
  });

  it('a backup that no longer verifies is refused and the current data is untouched', async () => {
    await addClient('Amara');
    const backup = await ok<BackupEntry>(dispatch(ctx, 'backups.create', {}));
    const file = path.join(dataDir, 'backups', backup.name);
    fs.truncateSync(file, 4096 * 2);
    expect(await ok<BackupEntry>(dispatch(ctx, 'backups.verify', { name: backup.name }))).toMatchObject({
      verified: false,
    });
    const refused = await dispatch(ctx, 'backups.restore', { name: backup.name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(clientNames()).toEqual(['Amara']);
  });

  it('refuses a name that is not one of the backups (no paths cross the boundary)', async () => {
    for (const name of ['../caseport.sqlite', '/etc/passwd', 'caseport-manual-20260101T000000000Z.sqlite']) {
      const result = await dispatch(ctx, 'backups.restore', { name });
      expect(result.ok).toBe(false);
    }
  });

  it('only a lawyer may restore or change backup settings', async () => {
    const assistant = await ok<{ id: number }>(
      dispatch(ctx, 'users.create', { displayName: 'Ari Assistant', initials: 'AA', role: 'assistant' }),
    );
    const backup = await ok<BackupEntry>(dispatch(ctx, 'backups.create', {}));
    await ok(dispatch(ctx, 'session.setUser', { userId: assistant.id }));
    expect(await dispatch(ctx, 'backups.restore', { name: backup.name })).toMatchObject({
      ok: false,
      error: { code: 'ROLE' },
    });
    expect(
      await dispatch(ctx, 'backups.updateSettings', {
        folder: null,
        daily: false,
        keepDaily: 1,
        keepMonthly: 0,
      }),
    ).toMatchObject({ ok: false, error: { code: 'ROLE' } });
    expect(readBackupSettings(dataDir).daily).toBe(true);
  });

  it('a chosen folder (USB disk) is used, and a missing one is refused', async () => {
    const usb = tempDir('caseport-usb-');
    const missing = await dispatch(ctx, 'backups.updateSettings', {
      folder: path.join(usb, 'nope'),
      daily: true,
      keepDaily: 14,
      keepMonthly: 12,
    });
    expect(missing).toMatchObject({ ok: false, error: { fields: { folder: 'backups.folderMissing' } } });
    await ok(
      dispatch(ctx, 'backups.updateSettings', { folder: usb, daily: true, keepDaily: 14, keepMonthly: 12 }),
    );
    const entry = await ok<BackupEntry>(dispatch(ctx, 'backups.create', {}));
    expect(fs.existsSync(path.join(usb, entry.name))).toBe(true);
  });
});

describe('backups: passphrase encryption', () => {
  it('an encrypted backup holds no readable record, cannot be opened without its passphrase, and restores with it', async () => {
    await addClient('Zanzibarina');
    await ok(
      dispatch(ctx, 'backups.updateSettings', {
        folder: null,
        daily: true,
        keepDaily: 14,
        keepMonthly: 12,
        passphrase: 'correct horse battery staple',
      }),
    );
    const backup = await ok<BackupEntry>(dispatch(ctx, 'backups.create', {}));
    expect(backup).toMatchObject({ encrypted: true, verified: true, counts: { clients: 1 } });
    const file = path.join(dataDir, 'backups', backup.name);
    const bytes = fs.readFileSync(file);
    expect(bytes.includes(Buffer.from('Zanzibarina'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(verifyBackup(file, null)).toMatchObject({ ok: false });
    expect(verifyBackup(file, 'wrong passphrase!')).toMatchObject({ ok: false });

    // On a new computer the app does not hold the passphrase: restore asks for it.
    const settings = readBackupSettings(dataDir);
    writeBackupSettings(dataDir, { ...settings, passphrase: null });
    await addClient('Later');
    expect(await dispatch(ctx, 'backups.restore', { name: backup.name })).toMatchObject({
      ok: false,
      error: { fields: { passphrase: 'backups.passphraseNeeded' } },
    });
    expect(
      await dispatch(ctx, 'backups.restore', { name: backup.name, passphrase: 'not the passphrase' }),
    ).toMatchObject({ ok: false, error: { fields: { passphrase: 'backups.wrongPassphrase' } } });
    await ok(
      dispatch(ctx, 'backups.restore', { name: backup.name, passphrase: 'correct horse battery staple' }),
    );
    expect(clientNames()).toEqual(['Zanzibarina']);
    // Each passphrase check costs a deliberately slow scrypt derivation (128 MiB, ~0.5 s alone).
  }, 90_000);

  it('a changed byte in an encrypted file is detected, not decrypted', () => {
    const folder = tempDir();
    const plain = path.join(folder, 'plain');
    fs.writeFileSync(plain, Buffer.alloc(3 * 1024 * 1024 + 17, 7));
    const sealed = path.join(folder, 'sealed');
    encryptFile(plain, sealed, 'a passphrase', 12);
    expect(decryptFile(sealed, 'a passphrase')?.equals(fs.readFileSync(plain))).toBe(true);
    const bytes = fs.readFileSync(sealed);
    bytes[2_000_000] = (bytes[2_000_000] ?? 0) ^ 1;
    fs.writeFileSync(sealed, bytes);
    expect(() => decryptFile(sealed, 'a passphrase')).toThrow(
      /passphrase is wrong, or the backup was changed/,
    );
  });
});

describe('backups: automatic and rotation', () => {
  it('makes one daily backup a day while running', async () => {
    const daily = new DailyBackups(ctx, (error) => {
      throw error;
    });
    expect(await daily.runIfDue()).toBe(true);
    expect(await daily.runIfDue()).toBe(false);
    const list = await ok<BackupOverview>(dispatch(ctx, 'backups.list', {}));
    expect(list.backups.map((backup) => backup.kind)).toEqual(['daily']);
  });

  it('keeps the newest daily backup of each of the last 14 days and 12 months, and always the newest', () => {
    const backups = [];
    // One daily backup a day for 400 days, two on the last day.
    for (let day = 0; day < 400; day++) {
      const at = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString();
      backups.push({ name: `b${day}`, kind: 'daily', createdAt: at });
    }
    backups.push({
      name: 'last',
      kind: 'daily',
      createdAt: new Date(Date.UTC(2025, 0, 1) + 399 * 86_400_000 + 3600_000).toISOString(),
    });
    const pruned = new Set(backupsToPrune(backups, { keepDaily: 14, keepMonthly: 12 }));
    const kept = backups.filter((backup) => !pruned.has(backup.name));
    expect(kept.map((backup) => backup.name)).toContain('last');
    expect(pruned.has('b399')).toBe(true);
    // Exactly the 14 newest days (days 386..398 and the last one), whatever the months keep.
    for (let day = 386; day < 399; day++) expect(pruned.has(`b${day}`), `day ${day}`).toBe(false);
    expect(pruned.has('b385')).toBe(true);
    const keptMonths = new Set(kept.map((backup) => backup.createdAt.slice(0, 7)));
    expect(keptMonths.size).toBe(12);
    // The 14 days (23 Jan – 5 Feb 2026) hold the newest of 2 months; 10 earlier months add one each.
    expect(kept.length).toBe(14 + 10);
    expect(new Set(kept.map((backup) => backup.createdAt.slice(0, 10))).size).toBe(kept.length);
  });

  it('never lets the daily rule eat manual or safety copies: 10 manual and 5 of each safety kind stay', () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 4, 4, 9, minute)).toISOString();
    const backups = [
      ...Array.from({ length: 12 }, (_, i) => ({ name: `m${i}`, kind: 'manual', createdAt: at(i) })),
      ...Array.from({ length: 7 }, (_, i) => ({
        name: `r${i}`,
        kind: 'before-restore',
        createdAt: at(20 + i),
      })),
      ...Array.from({ length: 6 }, (_, i) => ({
        name: `u${i}`,
        kind: 'before-migration',
        createdAt: at(30 + i),
      })),
      { name: 'd', kind: 'daily', createdAt: at(40) },
    ];
    const pruned = backupsToPrune(backups, { keepDaily: 1, keepMonthly: 0 }, ['m0']);
    // The oldest beyond each allowance go, except a protected one (the backup being restored).
    expect(pruned.sort()).toEqual(['m1', 'r0', 'r1', 'u0']);
  });
});

describe('recovery mode', () => {
  it('a damaged file: only recovery calls answer; restore moves it aside unchanged and opens the backup', async () => {
    await addClient('Amara');
    const backup = await ok<BackupEntry>(dispatch(ctx, 'backups.create', {}));
    database.sqlite.close();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    fs.truncateSync(file, fs.statSync(file).size - 1000);
    const damaged = fs.readFileSync(file);

    let opened: OpenedDatabase | null = null;
    let error: unknown;
    try {
      openTestDatabase(dataDir);
    } catch (caught) {
      error = caught;
    }
    const recovery = new RecoveryService(error, {
      dataDir,
      migrationsFolder: realMigrations,
      now: steppingClock(),
      knownSteps: database.schemaVersion,
      onOpened: (_dir, next) => {
        opened = next;
      },
    });
    const status = (await recovery.handle('app.status', {})) as { ok: true; value: AppStatus };
    expect(status.value).toMatchObject({ state: 'recovery', problem: { kind: 'damaged' }, dataDir });
    expect(status.value.state === 'recovery' && status.value.backups.map((b) => b.name)).toEqual([
      backup.name,
    ]);
    expect(await recovery.handle('clients.list', {})).toMatchObject({
      ok: false,
      error: { code: 'RECOVERY' },
    });
    expect(await recovery.handle(42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });

    expect(await recovery.handle('recovery.restore', { name: backup.name })).toEqual({
      ok: true,
      value: { state: 'ready', dataCheck: { state: 'checking' } },
    });
    const aside = fs.readdirSync(dataDir).find((name) => name.startsWith('caseport-refused-'));
    expect(aside && fs.readFileSync(path.join(dataDir, aside)).equals(damaged)).toBe(true);
    const reopened = opened as OpenedDatabase | null;
    expect(reopened?.sqlite.prepare('SELECT given_names FROM clients').pluck().all()).toEqual(['Amara']);
    reopened?.sqlite.close();
  });
});
