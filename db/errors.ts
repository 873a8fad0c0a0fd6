import { DATABASE_OPEN_FAILURE_KINDS } from '../main/contract/backups';

/** Why the data file was refused: the contract's list, which the recovery screen also pages by. */
export { DATABASE_OPEN_FAILURE_KINDS };
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
