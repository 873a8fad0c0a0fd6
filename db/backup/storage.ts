import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { encryptFile } from './crypto';
import { practiceTag } from './practice';
import { backupsToPrune, type RotationRules } from './rotation';
import { type BackupVerification, verifyBackup } from './verify';

/**
 * Backup files: `caseport-<kind>-<UTC stamp>-<practice tag>.sqlite` (or `.sqlite.enc` when
 * encrypted) with a `<name>.json` manifest beside it holding when, why, which practice, how it
 * verified and the record counts (no personal data). The practice tag (db/backup/practice.ts)
 * is in the name so a folder shared by two practices is told apart even without manifests;
 * backups from before practices had ids have none. Copies are taken with SQLite's online backup API, page by page, while the
 * app keeps working; a pre-migration copy uses VACUUM INTO because it runs inside the
 * synchronous start-up.
 */
export const BACKUP_KINDS = ['manual', 'daily', 'before-migration', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupManifest {
  name: string;
  kind: BackupKind;
  createdAt: string;
  encrypted: boolean;
  sizeBytes: number;
  /** The practice whose data it holds; null for a backup made before practices had ids. */
  practiceId: string | null;
  verification: BackupVerification & { at: string };
}

export interface BackupTarget {
  /** Where backups go (created 0700 if missing). */
  folder: string;
  /** A private folder on the computer (the data folder) for the unencrypted working copy. */
  workDir: string;
  kind: BackupKind;
  at: Date;
  passphrase: string | null;
  /** The practice whose data it is; null/absent only for a file that has no id yet. */
  practiceId?: string | null;
  onProgress?: (done: number, total: number) => void;
}

const NAME_PATTERN =
  /^caseport-(manual|daily|before-migration|before-restore)-\d{8}T\d{9}Z(-[0-9a-f]{12})?(-[0-9a-f]{4})?\.sqlite(\.enc)?$/;

/** A backup's name as the UI sends it back: one of ours, no path. */
export function isBackupName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/** The practice tag in a backup's name; null for a backup from before practices had ids. */
export function practiceTagOf(name: string): string | null {
  return name.match(NAME_PATTERN)?.[2]?.slice(1) ?? null;
}

function backupName(
  kind: BackupKind,
  at: Date,
  encrypted: boolean,
  folder: string,
  practiceId: string | null,
): string {
  const tag = practiceId ? `-${practiceTag(practiceId)}` : '';
  const base = `caseport-${kind}-${stamp(at)}${tag}`;
  const extension = encrypted ? '.sqlite.enc' : '.sqlite';
  if (!fs.existsSync(path.join(folder, base + extension))) return base + extension;
  return `${base}-${randomBytes(2).toString('hex')}${extension}`;
}

/**
 * Creates the backups folder itself, never its parents: a chosen folder whose drive is not
 * mounted (macOS /Volumes/USB) must fail, not be recreated on the computer's own disk.
 */
export function ensureFolder(folder: string): void {
  if (fs.existsSync(folder)) return;
  fs.mkdirSync(folder, { mode: 0o700 });
}

/** Online backup of the open connection, verified, with its manifest; then rotation. */
export async function createBackup(sqlite: Database.Database, target: BackupTarget): Promise<BackupManifest> {
  ensureFolder(target.folder);
  const working = workingCopyPath(target.workDir);
  try {
    await sqlite.backup(working, {
      progress({ totalPages, remainingPages }) {
        target.onProgress?.(totalPages - remainingPages, totalPages);
        // Pages per step: small enough that other calls get the connection between steps.
        return 2000;
      },
    });
    return finish(working, target);
  } finally {
    shred(working);
  }
}

/** The synchronous pre-migration copy (VACUUM INTO), verified, with its manifest. */
export function createBackupSync(sqlite: Database.Database, target: BackupTarget): BackupManifest {
  ensureFolder(target.folder);
  const working = workingCopyPath(target.workDir);
  try {
    sqlite.prepare('VACUUM INTO ?').run(working);
    return finish(working, target);
  } finally {
    shred(working);
  }
}

function workingCopyPath(workDir: string): string {
  return path.join(workDir, `.backup-in-progress-${process.pid}-${randomBytes(4).toString('hex')}.sqlite`);
}

function finish(working: string, target: BackupTarget): BackupManifest {
  // A copy in rollback mode: opening it later (verification, restore) creates no -wal/-shm.
  const copy = new Database(working);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  if (process.platform !== 'win32') fs.chmodSync(working, 0o600);

  const encrypted = target.passphrase !== null;
  const name = backupName(target.kind, target.at, encrypted, target.folder, target.practiceId ?? null);
  const file = path.join(target.folder, name);
  const partial = `${file}.partial`;
  if (encrypted) encryptFile(working, partial, target.passphrase as string);
  else fs.copyFileSync(working, partial, fs.constants.COPYFILE_EXCL);
  if (process.platform !== 'win32') fs.chmodSync(partial, 0o600);
  // Renamed only when complete: a half-written backup never looks like a backup.
  fs.renameSync(partial, file);

  const verification = verifyBackup(file, target.passphrase, target.workDir);
  const manifest: BackupManifest = {
    name,
    kind: target.kind,
    createdAt: target.at.toISOString(),
    encrypted,
    sizeBytes: fs.statSync(file).size,
    practiceId: target.practiceId ?? null,
    verification: { ...verification, at: new Date().toISOString() },
  };
  writeManifest(target.folder, manifest);
  return manifest;
}

/** Overwrites a plaintext working copy before removing it, so its pages do not linger as free blocks. */
export function shred(file: string): void {
  for (const candidate of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) {
    if (!fs.existsSync(candidate)) continue;
    try {
      const size = fs.statSync(candidate).size;
      const fd = fs.openSync(candidate, 'r+');
      const zeros = Buffer.alloc(Math.min(size, 1024 * 1024));
      for (let at = 0; at < size; at += zeros.length)
        fs.writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    } finally {
      fs.rmSync(candidate, { force: true });
    }
  }
}

export function writeManifest(folder: string, manifest: BackupManifest): void {
  const file = path.join(folder, `${manifest.name}.json`);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(manifest, null, 2), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

/**
 * Every backup in the folder, newest first. A backup without a readable manifest (copied in by
 * hand, say) is listed as not yet verified rather than hidden.
 */
export function listBackups(folder: string): BackupManifest[] {
  if (!fs.existsSync(folder)) return [];
  const found: BackupManifest[] = [];
  for (const name of fs.readdirSync(folder)) {
    if (!isBackupName(name)) continue;
    found.push(readManifest(folder, name));
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function readManifest(folder: string, name: string): BackupManifest {
  const file = path.join(folder, name);
  try {
    const manifest = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as BackupManifest;
    if (manifest.name === name) return manifest;
  } catch {
    // fall through: described from the file itself
  }
  const kind = (name.match(/^caseport-([a-z-]+?)-\d{8}T/)?.[1] ?? 'manual') as BackupKind;
  const createdAt = madeAt(name) ?? fs.statSync(file).mtime.toISOString();
  return {
    name,
    kind,
    createdAt,
    encrypted: name.endsWith('.enc'),
    sizeBytes: fs.statSync(file).size,
    practiceId: null,
    verification: { ok: false, detail: 'not verified yet', counts: null, schemaVersion: null, at: createdAt },
  };
}

/**
 * When a backup was made, from its name: what decides whether it predates a deletion, since a
 * manifest beside it is only a JSON file anyone could edit.
 */
export function madeAt(name: string): string | null {
  const digits = name.match(/-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/);
  return digits
    ? `${digits[1]}-${digits[2]}-${digits[3]}T${digits[4]}:${digits[5]}:${digits[6]}.${digits[7]}Z`
    : null;
}

/**
 * Removes this practice's backups beyond the rotation, with their manifests; returns the names
 * removed. Another practice's backups in a shared folder are never touched; `protect` names
 * backups that must stay whatever the rotation says (the one a restore came from, say).
 */
export function rotateBackups(
  folder: string,
  keep: RotationRules,
  practiceId: string | null,
  protect: string[] = [],
): string[] {
  const pruned = backupsToPrune(belongingTo(listBackups(folder), practiceId), keep, protect);
  for (const name of pruned) removeBackup(folder, name);
  return pruned;
}

/** Backups of this practice: its tag, or none (made before practices had ids). */
export function belongingTo(backups: BackupManifest[], practiceId: string | null): BackupManifest[] {
  return backups.filter((backup) => isOwnBackup(backup.name, practiceId));
}

export function isOwnBackup(name: string, practiceId: string | null): boolean {
  const tag = practiceTagOf(name);
  return tag === null || (practiceId !== null && tag === practiceTag(practiceId));
}

export function removeBackup(folder: string, name: string): void {
  const file = path.join(folder, name);
  // Unencrypted copies hold personal data: overwrite before unlinking.
  if (!name.endsWith('.enc')) shred(file);
  fs.rmSync(file, { force: true });
  fs.rmSync(`${file}.json`, { force: true });
}
