/**
 * Failures that stop Caseport from opening its data file. Each one carries a `kind` the shell
 * maps to a message a paralegal can act on (see main/messages), instead of a stack trace.
 */
export type DatabaseOpenFailureKind = 'newer-version' | 'unknown-schema' | 'migrations-missing' | 'integrity';

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
