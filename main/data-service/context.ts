import type { CaseportDb } from '../../db/open';
import type { DataCheck, DuplicateMatch, ErrorCode } from '../contract';
import type { ProgressEvent } from './protocol';

/** Who is working in this app session; changes are refused until someone is chosen. */
export interface WorkSession {
  userId: number | null;
}

/** What every handler gets: the database, a clock (injected so tests control time), the session. */
export interface ApiContext {
  db: CaseportDb;
  now: () => Date;
  appVersion: string;
  dataDir: string;
  schemaVersion: number;
  session: WorkSession;
  /** Long commands report how far they are (the data service forwards it to the window). */
  reportProgress?: (event: ProgressEvent) => void;
  /** For the support summary: where the log is and the last failures (no personal data). */
  support?: SupportInfo;
  /** The primary's latest check of the data file and its change history (app.status reports it). */
  dataCheck?: { current(): DataCheck };
}

export interface RecentError {
  at: string;
  channel: string;
  code: string;
}

export interface SupportInfo {
  logFile: string;
  recentErrors(): RecentError[];
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
    readonly duplicates?: DuplicateMatch[],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
