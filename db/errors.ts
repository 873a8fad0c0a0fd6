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

export type DatabaseOpenFailureKind = (typeof DATABASE_OPEN_FAILURE_KINDS)[number];

export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: DatabaseOpenFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

/**
 * A write that cannot go ahead because of the record's state. The API boundary turns these
 * into NOT_FOUND / CONFLICT / RETENTION / VALIDATION envelopes; the transaction rolls back.
 */
export class RecordError extends Error {
  constructor(
    readonly kind: 'not-found' | 'conflict' | 'retention' | 'invalid',
    message: string,
    /** With 'invalid': field path -> i18n key, shown beside the field. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'RecordError';
  }
}

export function notFound(what: string, id: number): RecordError {
  return new RecordError('not-found', `${what} ${id} does not exist.`);
}

/** Loaded row must exist and still be at the version the user edited. */
export function expectVersion<T extends { version: number }>(
  row: T | undefined,
  what: string,
  id: number,
  version: number,
): T {
  if (!row) throw notFound(what, id);
  if (row.version !== version) {
    throw new RecordError('conflict', `${what} ${id} was changed by someone else since it was opened.`);
  }
  return row;
}
