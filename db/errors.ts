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
