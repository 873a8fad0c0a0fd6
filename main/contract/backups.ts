import { z } from 'zod';
import { isOneLine, V } from './validation';

/**
 * Backups and recovery. A backup is named by its file name (`caseport-daily-2026….sqlite`),
 * which the main side checks against its own pattern, so no path ever crosses the boundary.
 */
export const BACKUP_KINDS = ['manual', 'daily', 'before-migration', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

const backupName = z
  .string()
  .max(120)
  .regex(/^caseport-[a-z-]+-\d{8}T\d{9}Z(-[0-9a-f]{12})?(-[0-9a-f]{4})?\.sqlite(\.enc)?$/, {
    error: V.invalid,
  });
// Not trimmed (a passphrase is exactly what was typed), but a line without hidden characters.
const passphrase = z
  .string()
  .min(1, { error: V.required })
  .max(1024, { error: V.tooLong })
  .refine(isOneLine(1024), V.controlCharacters);

export const backupNameInput = z.strictObject({ name: backupName });
export const restoreBackupInput = z.strictObject({
  name: backupName,
  /** Needed for an encrypted backup made with a passphrase the app no longer holds. */
  passphrase: passphrase.optional(),
});

export const updateBackupSettingsInput = z.strictObject({
  /** An absolute folder (USB disk, network share); null = the data folder's own `backups`. */
  folder: z
    .string()
    .trim()
    .max(4096, { error: V.tooLong })
    .refine(isOneLine(4096), V.controlCharacters)
    .refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value), { error: 'backups.folderNotAbsolute' })
    .nullable(),
  daily: z.boolean(),
  keepDaily: z
    .number({ error: V.invalid })
    .int({ error: V.invalid })
    .min(1, { error: V.invalid })
    .max(365, { error: V.invalid }),
  keepMonthly: z
    .number({ error: V.invalid })
    .int({ error: V.invalid })
    .min(0, { error: V.invalid })
    .max(120, { error: V.invalid }),
  /** undefined: keep as is; null: stop encrypting new backups; a string: encrypt with it. */
  passphrase: z
    .string()
    .min(10, { error: 'backups.passphraseTooShort' })
    .max(1024, { error: V.tooLong })
    .refine(isOneLine(1024), V.controlCharacters)
    .nullable()
    .optional(),
});

export interface BackupCounts {
  clients: number;
  dependants: number;
  applications: number;
  deadlines: number;
  auditEntries: number;
}

export interface BackupEntry {
  name: string;
  kind: BackupKind;
  createdAt: string;
  encrypted: boolean;
  sizeBytes: number;
  /** integrity_check passed and the records were counted when it was last checked. */
  verified: boolean;
  verifiedAt: string;
  /** Why it did not verify (English, for support); null when verified. */
  problem: string | null;
  counts: BackupCounts | null;
  /** Made by another practice (a shared folder, or brought from the old computer). */
  otherPractice: boolean;
  /** Made before the latest deletion after retention: it still holds that family, so it is
   *  never restored (it is removed as soon as its folder can be reached). */
  beforeDeletion: boolean;
}

export interface BackupSettings {
  folder: string | null;
  daily: boolean;
  keepDaily: number;
  keepMonthly: number;
  encrypted: boolean;
}

export interface BackupOverview {
  /** Where backups go now. */
  folder: string;
  /** Where they go when no folder is chosen. */
  defaultFolder: string;
  settings: BackupSettings;
  backups: BackupEntry[];
  /** Whether that folder can be reached now (an unplugged USB disk cannot). */
  folderReachable: boolean;
  /** How the last daily backup went; null before the first. */
  lastDaily: { at: string; ok: boolean; detail: string | null } | null;
}

/** clients.delete's answer: the family is gone; backups it was still in are removed where reachable. */
export interface DeletionResult {
  deleted: true;
  /** Backup folders that could not be reached (an unplugged disk): cleaned once connected. */
  unreachableBackupFolders: string[];
}

export interface RestoreResult {
  restored: BackupEntry;
  /** The copy of the data as it was just before the restore. */
  safetyBackup: BackupEntry;
}

/**
 * Failures that stop Caseport from opening its data file. Each one carries a `kind` the shell
 * and the recovery screen map to words a paralegal can act on, instead of SQLite's English
 * ("file is not a database") or a stack trace. Every kind is raised before anything is written,
 * so the refused file is left exactly as it was.
 */
export const DATABASE_OPEN_FAILURE_KINDS = [
  /** The data folder (or the drive it lives on) is not there. */
  'folder-missing',
  /** The data folder's path names a file, not a folder. */
  'folder-is-file',
  /** `caseport.sqlite` is a folder. */
  'path-is-folder',
  /** `caseport.sqlite` exists but holds 0 bytes (a copy that never finished, a disk error). */
  'empty-file',
  /** `caseport.sqlite` is not a SQLite database at all (garbage, another program's file). */
  'not-a-database',
  /** A SQLite database whose structure is broken (truncated, quick_check or integrity_check fails). */
  'damaged',
  /** The audit trail's hash chain does not verify: a row was altered or removed outside Caseport. */
  'audit-tampered',
  'newer-version',
  'unknown-schema',
  /** The file or its folder cannot be written (marked read-only, read-only drive, permissions). */
  'read-only',
  /** The file cannot be read at all (permissions). */
  'no-access',
  /** Another program holds the database locked. */
  'locked',
  /** The disk is full. */
  'disk-full',
  'migrations-missing',
  /** A schema update would break links between records. */
  'integrity',
] as const;

/** Why the data could not be opened; the recovery screen has a page per kind. */
export const STARTUP_PROBLEM_KINDS = [...DATABASE_OPEN_FAILURE_KINDS, 'unexpected'] as const;
export type StartupProblemKind = (typeof STARTUP_PROBLEM_KINDS)[number];

/** Problems a backup can cure: the file itself is lost or unusable. (Not a lock, a missing drive,
 *  a newer version or permissions: restoring over those would throw away good data.) */
export const RESTORABLE_PROBLEMS: readonly StartupProblemKind[] = [
  'empty-file',
  'not-a-database',
  'damaged',
  'audit-tampered',
  'path-is-folder',
  'integrity',
  'unknown-schema',
];

/** Problems that may clear by themselves or after the person acts (plug the drive, close the program). */
export const RETRYABLE_PROBLEMS: readonly StartupProblemKind[] = [
  'folder-missing',
  'locked',
  'read-only',
  'no-access',
  'disk-full',
];

/**
 * Whether the data file's pages are sound (quick_check) and the audit trail's hash chain links
 * from first entry to last. The open checks both after a crash or an outside change, and refuses
 * a damaged or altered file. After a clean close it trusts the file as Caseport left it, so both
 * are checked in the background once the app is ready: bit rot on a file at rest, or a change
 * made by another program while Caseport was running, is still caught at the next start.
 */
export type DataCheck =
  | { state: 'checking' }
  | { state: 'sound'; checkedAt: string; entries: number }
  /** SQLite found damaged pages; `detail` is its English, for support. */
  | { state: 'damaged'; checkedAt: string; detail: string }
  /** `entryId`: the first entry of the change history that no longer links to the one before. */
  | { state: 'altered'; checkedAt: string; entryId: number }
  /** The check itself could not run (the log has why); nothing is claimed either way. */
  | { state: 'unknown' };

export type AppStatus =
  | { state: 'ready'; dataCheck: DataCheck }
  | {
      state: 'recovery';
      problem: { kind: StartupProblemKind; detail: string };
      dataDir: string;
      /** Verified backups first; empty when the backup folder cannot be read. */
      backups: BackupEntry[];
    };

export const useDataFolderInput = z.strictObject({
  folder: z
    .string()
    .trim()
    .min(1, { error: V.required })
    .max(4096, { error: V.tooLong })
    .refine(isOneLine(4096), V.controlCharacters)
    .refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value), { error: 'backups.folderNotAbsolute' }),
});
