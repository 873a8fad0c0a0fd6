import fs from 'node:fs';
import path from 'node:path';

/**
 * Backup settings live in a small JSON file in the data folder, NOT in the database: the
 * recovery screen must find the backups exactly when the database cannot be opened.
 * The file is 0600 like the database. The passphrase is kept here so the daily backup can run
 * unattended: it protects copies that leave the computer (USB disk, network share); on the
 * computer itself the data file is as readable as this one.
 *
 * It also mirrors two facts the database holds (db/backup/practice.ts), so they can be read
 * without opening it or any backup: which practice this data folder is, and when a family was
 * last deleted after retention (every backup made before that still holds the family).
 */
export interface BackupSettingsFile {
  /** Absolute folder for backups; null = `backups` inside the data folder. */
  folder: string | null;
  daily: boolean;
  keepDaily: number;
  keepMonthly: number;
  passphrase: string | null;
  /** Every chosen folder ever used, so a deletion reaches backups left on an earlier one. */
  knownFolders: string[];
  /** The practice's id as last read from its data file (null before the first backup). */
  practiceId: string | null;
  /** The latest retention deletion (ISO time); backups made up to then are removed, never restored. */
  forgottenBefore: string | null;
  /** How the last daily backup went, for Settings > Backups (the log has the details). */
  lastDaily: { at: string; ok: boolean; detail: string | null } | null;
}

export const BACKUP_SETTINGS_FILE = 'backup-settings.json';
export const DEFAULT_BACKUP_SETTINGS: BackupSettingsFile = {
  folder: null,
  daily: true,
  keepDaily: 14,
  keepMonthly: 12,
  passphrase: null,
  knownFolders: [],
  practiceId: null,
  forgottenBefore: null,
  lastDaily: null,
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const PRACTICE_ID = /^[0-9a-f]{32}$/;

export function readBackupSettings(dataDir: string): BackupSettingsFile {
  const file = path.join(dataDir, BACKUP_SETTINGS_FILE);
  if (!fs.existsSync(file)) return { ...DEFAULT_BACKUP_SETTINGS };
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<BackupSettingsFile>;
    const lastDaily = stored.lastDaily;
    return {
      folder: typeof stored.folder === 'string' && path.isAbsolute(stored.folder) ? stored.folder : null,
      daily: typeof stored.daily === 'boolean' ? stored.daily : DEFAULT_BACKUP_SETTINGS.daily,
      keepDaily: count(stored.keepDaily, 1, DEFAULT_BACKUP_SETTINGS.keepDaily),
      // 0 monthly backups is a valid choice (the daily ones only), as the settings form allows.
      keepMonthly: count(stored.keepMonthly, 0, DEFAULT_BACKUP_SETTINGS.keepMonthly),
      passphrase:
        typeof stored.passphrase === 'string' && stored.passphrase !== '' ? stored.passphrase : null,
      knownFolders: Array.isArray(stored.knownFolders)
        ? stored.knownFolders.filter(
            (folder): folder is string => typeof folder === 'string' && path.isAbsolute(folder),
          )
        : [],
      practiceId:
        typeof stored.practiceId === 'string' && PRACTICE_ID.test(stored.practiceId)
          ? stored.practiceId
          : null,
      forgottenBefore:
        typeof stored.forgottenBefore === 'string' && ISO_TIME.test(stored.forgottenBefore)
          ? stored.forgottenBefore
          : null,
      lastDaily:
        lastDaily && typeof lastDaily === 'object' && typeof lastDaily.at === 'string'
          ? { at: lastDaily.at, ok: lastDaily.ok === true, detail: lastDaily.detail ?? null }
          : null,
    };
  } catch {
    // A damaged settings file must not stop backups: the defaults are safe.
    return { ...DEFAULT_BACKUP_SETTINGS };
  }
}

function count(value: unknown, min: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= 1000
    ? value
    : fallback;
}

export function writeBackupSettings(dataDir: string, settings: BackupSettingsFile): void {
  const file = path.join(dataDir, BACKUP_SETTINGS_FILE);
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(settings, null, 2), { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/** Reads, changes and writes the settings file (one writer: the data service). */
export function updateBackupSettingsFile(
  dataDir: string,
  change: (current: BackupSettingsFile) => Partial<BackupSettingsFile>,
): BackupSettingsFile {
  const current = readBackupSettings(dataDir);
  const next = { ...current, ...change(current) };
  writeBackupSettings(dataDir, next);
  return next;
}

export function defaultBackupFolder(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function backupFolder(dataDir: string, settings: BackupSettingsFile): string {
  return settings.folder ?? defaultBackupFolder(dataDir);
}

/** The current folder, the data folder's own and every folder chosen before, once each. */
export function allBackupFolders(dataDir: string, settings: BackupSettingsFile): string[] {
  return [
    ...new Set([backupFolder(dataDir, settings), defaultBackupFolder(dataDir), ...settings.knownFolders]),
  ];
}
