import type { CaseportDb } from '../../db/open';
import type { ErrorCode } from '../contract';

/** What every handler gets: the database and a clock (injected so tests control time). */
export interface ApiContext {
  db: CaseportDb;
  now: () => Date;
  appVersion: string;
  dataDir: string;
  schemaVersion: number;
}

/**
 * An expected failure a handler reports on purpose (record gone, edited elsewhere).
 * dispatch() turns it into an error envelope; anything else thrown is a bug -> INTERNAL.
 */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
