import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import { type DatabaseHost, registerDatabaseHost } from '../../../main/backups/restore';
import type { AuditEntry, BackupEntry, FirmUser } from '../../../main/contract';
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

/** Backups, their settings and restores are in the audit trail (db/audit/backup-events.ts), through dispatch. */
let database: OpenedDatabase;
let ctx: ApiContext;
let dataDir: string;
let lena: FirmUser;
const PASSPHRASE = 'Maple-syrup horse 7731';

beforeEach(async () => {
  dataDir = tempDir();
  database = openTestDatabase(dataDir);
  ctx = testContext(database, steppingClock('2026-05-04T09:00:00.000Z'));
  const host: DatabaseHost = {
    current: () => database,
    migrationsFolder: realMigrations,
    closeOthers: async () => {},
    replaced: (next) => {
      database = next;
    },
  };
  registerDatabaseHost(ctx, host);
  await setUpFirm(ctx);
  lena = await ok<FirmUser>(dispatch(ctx, 'users.create', { displayName: 'Lena Lawyer', role: 'lawyer' }));
  await ok(dispatch(ctx, 'session.setUser', { userId: lena.id }));
});
afterEach(() => {
  if (database.sqlite.open) database.sqlite.close();
});

const trail = async (entity: string) =>
  (await ok<AuditEntry[]>(dispatch(ctx, 'audit.list', { entity, limit: 100 }))).filter(
    (e) => e.entity === entity,
  );

describe('backups in the audit trail', () => {
  it('back up now, a settings change (no passphrase) and a restore are each recorded', async () => {
    const usb = tempDir('caseport-usb-');
    await ok(
      dispatch(ctx, 'backups.updateSettings', {
        folder: usb,
        daily: true,
        keepDaily: 14,
        keepMonthly: 12,
        passphrase: PASSPHRASE,
      }),
    );
    expect((await trail('backup-settings'))[0]).toMatchObject({
      userName: 'Lena Lawyer',
      changes: { folder: [null, usb], encrypted: [false, true] },
    });
    const made = await ok<BackupEntry>(dispatch(ctx, 'backups.create', {}));
    expect((await trail('backup'))[0]).toMatchObject({
      action: 'create',
      userName: 'Lena Lawyer',
      changes: { name: [null, made.name] },
    });

    await ok(dispatch(ctx, 'clients.create', { givenNames: 'After the backup' }));
    await ok(dispatch(ctx, 'backups.restore', { name: made.name }));
    // The restored data's own trail says it was restored, by whom and from which copy.
    const [restore] = await trail('backup');
    expect(restore).toMatchObject({
      action: 'restore',
      userName: 'Lena Lawyer',
      changes: { name: [null, made.name] },
    });
    expect(database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);

    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of [database.file, `${database.file}-wal`].filter((f) => fs.existsSync(f)))
      expect(fs.readFileSync(file).includes(Buffer.from('Maple-syrup')), path.basename(file)).toBe(false);
  });
});
