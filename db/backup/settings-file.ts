import fs from 'node:fs';
import path from 'node:path';

/**
 * Backup settings live in a small JSON file in the data folder, NOT in the database: the
 * recovery screen must find the backups exactly when the database cannot be opened.
 * The file is 0600 like the database. The passphrase is kept here so the daily backup can run
 * unattended: it protects copies that leave the computer (USB disk, network share); on the
 * computer itself the data file is as readable as this one.
 */
export interface BackupSettingsFile {
  /** Absolute folder for backups; null = `backups` inside the data folder. */
  folder: string | null;
  daily: boolean;
  keepDaily: number;
  keepMonthly: number;
  passphrase: string | null;
}

export const BACKUP_SETTINGS_FILE = 'backup-settings.json';
export const DEFAULT_BACKUP_SETTINGS: BackupSettingsFile = {
  folder: null,
  daily: true,
  keepDaily: 14,
  keepMonthly: 12,
  passphrase: null,
};

export function readBackupSettings(dataDir: string): BackupSettingsFile {
  const file = path.join(dataDir, BACKUP_SETTINGS_FILE);
  if (!fs.existsSync(file)) return { ...DEFAULT_BACKUP_SETTINGS };
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<BackupSettingsFile>;
    return {
      folder: typeof stored.folder === 'string' && path.isAbsolute(stored.folder) ? stored.folder : null,
      daily: typeof stored.daily === 'boolean' ? stored.daily : DEFAULT_BACKUP_SETTINGS.daily,
      keepDaily: positive(stored.keepDaily, DEFAULT_BACKUP_SETTINGS.keepDaily),
      keepMonthly: positive(stored.keepMonthly, DEFAULT_BACKUP_SETTINGS.keepMonthly),
      passphrase:
        typeof stored.passphrase === 'string' && stored.passphrase !== '' ? stored.passphrase : null,
    };
  } catch {
    // A damaged settings file must not stop backups: the defaults are safe.
    return { ...DEFAULT_BACKUP_SETTINGS };
  }
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1000
    ? value
    : fallback;
}

export function writeBackupSettings(dataDir: string, settings: BackupSettingsFile): void {
  const file = path.join(dataDir, BACKUP_SETTINGS_FILE);
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(settings, null, 2), { mode: 0o600 });
  fs.renameSync(temporary, file);
}

export function backupFolder(dataDir: string, settings: BackupSettingsFile): string {
  return settings.folder ?? path.join(dataDir, 'backups');
}
