import { eq } from 'drizzle-orm';
import type { BackupEntry } from '../../main/contract/backups';
import type { CaseportDb } from '../open';
import { firmUsers } from '../schema';
import type { Writer } from '../writer';
import { changedFields, recordAudit } from './record';

/**
 * The audit rows for what happens to the practice's data as a whole: a backup made on request,
 * a change to how backups are kept, a restore. They are firm-wide (no family), so they are not
 * sealed; they never hold a passphrase, only whether backups are encrypted. `entityId` is 0:
 * a backup is named by its file, which is in the row's values.
 */
export const BACKUP_ENTITY = 'backup';
export const BACKUP_SETTINGS_ENTITY = 'backup-settings';

/** "Back up now": which copy, what kind, whether it verified and is encrypted. */
export function recordBackupMade(
  db: CaseportDb,
  writer: Writer,
  backup: Pick<BackupEntry, 'name' | 'kind' | 'verified' | 'encrypted'>,
): void {
  recordAudit(db, writer, {
    entity: BACKUP_ENTITY,
    entityId: 0,
    clientId: null,
    action: 'create',
    changes: {
      name: [null, backup.name],
      kind: [null, backup.kind],
      verified: [null, backup.verified],
      encrypted: [null, backup.encrypted],
    },
  });
}

/** The backup settings as the settings file holds them; only these fields are compared. */
export interface KeptBackupSettings {
  folder: string | null;
  daily: boolean;
  keepDaily: number;
  keepMonthly: number;
  passphrase: string | null;
}

/**
 * What changed in how backups are kept. The passphrase itself is never written: only whether
 * backups are encrypted, and that the passphrase was replaced when one replaced another.
 * Nothing is recorded when nothing changed.
 */
export function recordBackupSettingsChanged(
  db: CaseportDb,
  writer: Writer,
  before: KeptBackupSettings,
  after: KeptBackupSettings,
): void {
  const view = (settings: KeptBackupSettings) => ({
    folder: settings.folder,
    daily: settings.daily,
    keepDaily: settings.keepDaily,
    keepMonthly: settings.keepMonthly,
    encrypted: settings.passphrase !== null,
  });
  const changes: Record<string, unknown> = changedFields(view(before), view(after), [
    'folder',
    'daily',
    'keepDaily',
    'keepMonthly',
    'encrypted',
  ]);
  if (before.passphrase !== null && after.passphrase !== null && before.passphrase !== after.passphrase)
    changes.passphraseReplaced = [false, true];
  if (Object.keys(changes).length === 0) return;
  recordAudit(db, writer, {
    entity: BACKUP_SETTINGS_ENTITY,
    entityId: 0,
    clientId: null,
    action: 'update',
    changes,
  });
}

/**
 * A restore, written into the RESTORED data once it is open: its trail then says where it came
 * from. The restored file may not know the person who restored (a backup from before they joined,
 * or another practice's when moving computers), or may give their id to someone else: the row
 * names them, and points at their id only when that id is the same person there.
 */
export function recordRestore(
  db: CaseportDb,
  writer: Writer,
  restore: { backupName: string; safetyBackupName: string; restoredBy: string },
): void {
  const there = db.select().from(firmUsers).where(eq(firmUsers.id, writer.actorId)).get();
  const author = there?.displayName === restore.restoredBy ? writer : { ...writer, actorId: 0 };
  recordAudit(db, author, {
    entity: BACKUP_ENTITY,
    entityId: 0,
    clientId: null,
    action: 'restore',
    changes: {
      name: [null, restore.backupName],
      safetyBackup: [null, restore.safetyBackupName],
      restoredBy: [null, restore.restoredBy],
    },
  });
}
