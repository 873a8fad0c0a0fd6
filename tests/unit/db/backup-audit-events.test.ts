import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type KeptBackupSettings,
  recordBackupMade,
  recordBackupSettingsChanged,
  recordRestore,
} from '../../../db/audit/backup-events';
import { findAuditChainBreak } from '../../../db/audit/chain';
import type { OpenedDatabase } from '../../../db/open';
import type { AuditEntry, FirmUser } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { write } from '../../../main/data-service/transaction';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

/**
 * The audit rows for backups and restores (db/audit/backup-events.ts), written as the backup
 * handlers write them: inside the working person's transaction, read back through audit.list.
 */
let database: OpenedDatabase;
let ctx: ApiContext;
let lena: FirmUser;

const PASSPHRASE = 'Maple-syrup horse 7731';
const SETTINGS: KeptBackupSettings = {
  folder: null,
  daily: true,
  keepDaily: 14,
  keepMonthly: 12,
  passphrase: null,
};

const firmWide = async (entity: string) =>
  (await ok<AuditEntry[]>(dispatch(ctx, 'audit.list', { entity, limit: 100 }))).filter(
    (entry) => entry.entity === entity,
  );

beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database, steppingClock('2026-03-10T14:00:00.000Z'));
  await setUpFirm(ctx);
  lena = await ok<FirmUser>(dispatch(ctx, 'users.create', { displayName: 'Lena Lawyer', role: 'lawyer' }));
  ctx.session.userId = lena.id;
});
afterEach(() => {
  if (database.sqlite.open) database.sqlite.close();
});

describe('backup events in the audit trail', () => {
  it('"back up now" names the copy, who made it and when', async () => {
    write(ctx, (tx, writer) =>
      recordBackupMade(tx, writer, {
        name: 'caseport-manual-20260310T140000000Z.sqlite.enc',
        kind: 'manual',
        verified: true,
        encrypted: true,
      }),
    );
    const [entry] = await firmWide('backup');
    expect(entry).toMatchObject({
      action: 'create',
      userName: 'Lena Lawyer',
      at: expect.stringMatching(/^2026-03-10T14:/),
      changes: {
        name: [null, 'caseport-manual-20260310T140000000Z.sqlite.enc'],
        kind: [null, 'manual'],
        verified: [null, true],
        encrypted: [null, true],
      },
    });
    expect(findAuditChainBreak(database.sqlite).brokenAt).toBeNull();
  });

  it('a settings change records what changed, never the passphrase; no change, no row', async () => {
    const encrypted = { ...SETTINGS, folder: '/Volumes/USB/Caseport', passphrase: PASSPHRASE };
    write(ctx, (tx, writer) => recordBackupSettingsChanged(tx, writer, SETTINGS, encrypted));
    write(ctx, (tx, writer) => recordBackupSettingsChanged(tx, writer, encrypted, encrypted));
    write(ctx, (tx, writer) =>
      recordBackupSettingsChanged(tx, writer, encrypted, { ...encrypted, passphrase: `${PASSPHRASE}!` }),
    );
    const entries = await firmWide('backup-settings');
    expect(entries.map((entry) => entry.changes)).toEqual([
      { passphraseReplaced: [false, true] },
      { folder: [null, '/Volumes/USB/Caseport'], encrypted: [false, true] },
    ]);
    expect(entries[0]).toMatchObject({ action: 'update', userName: 'Lena Lawyer' });

    // Not a byte of either passphrase in the data file or its WAL.
    database.sqlite.pragma('wal_checkpoint(PASSIVE)');
    for (const file of [database.file, `${database.file}-wal`].filter((f) => fs.existsSync(f)))
      expect(fs.readFileSync(file).includes(Buffer.from('Maple-syrup'))).toBe(false);
  });

  it('is written in one transaction with the change: a change that fails leaves no row', async () => {
    expect(() =>
      write(ctx, (tx, writer) => {
        recordBackupSettingsChanged(tx, writer, SETTINGS, { ...SETTINGS, daily: false });
        throw new Error('the settings file could not be written');
      }),
    ).toThrow(/could not be written/);
    expect(await firmWide('backup-settings')).toEqual([]);
  });

  it('a restore is recorded in the restored data, naming who restored it', async () => {
    const writer = { actorId: lena.id, at: '2026-03-10T15:00:00.000Z' };
    const restore = {
      backupName: 'caseport-daily-20260301T020000000Z.sqlite',
      safetyBackupName: 'caseport-before-restore-20260310T150000000Z.sqlite',
      restoredBy: 'Lena Lawyer',
    };
    database.db.transaction((tx) => recordRestore(tx, writer, restore));
    const [entry] = await firmWide('backup');
    expect(entry).toMatchObject({
      action: 'restore',
      userId: lena.id,
      userName: 'Lena Lawyer',
      changes: {
        name: [null, restore.backupName],
        safetyBackup: [null, restore.safetyBackupName],
        restoredBy: [null, 'Lena Lawyer'],
      },
    });
  });

  it('when the restored data gives that id to someone else, the row names the person but not the id', async () => {
    // In an older copy, id `lena.id` may be another colleague (or nobody).
    database.sqlite.prepare("UPDATE firm_users SET display_name = 'Sam Other' WHERE id = ?").run(lena.id);
    database.db.transaction((tx) =>
      recordRestore(
        tx,
        { actorId: lena.id, at: '2026-03-10T15:00:00.000Z' },
        { backupName: 'b.sqlite', safetyBackupName: 's.sqlite', restoredBy: 'Lena Lawyer' },
      ),
    );
    const [entry] = await firmWide('backup');
    expect(entry).toMatchObject({ userId: 0, userName: '', changes: { restoredBy: [null, 'Lena Lawyer'] } });
    expect(findAuditChainBreak(database.sqlite).brokenAt).toBeNull();
  });
});
