import type { DuplicateMatch } from './people';

/**
 * Every call across the process boundary answers with an envelope instead of throwing:
 * the UI can put field errors beside fields, and no failure is swallowed into an empty result.
 */
export type ErrorCode =
  | 'VALIDATION' // the input broke a rule; `fields` says where
  | 'NOT_FOUND' // the record no longer exists
  | 'CONFLICT' // someone saved the record since it was loaded
  | 'UNKNOWN_CHANNEL' // the renderer asked for something the main process does not offer
  | 'FORBIDDEN' // the request came from somewhere other than Caseport's own page
  | 'USER_REQUIRED' // a change needs an author: nobody has chosen who is working
  | 'DUPLICATE' // the person may already be on file; `duplicates` lists them
  | 'RETENTION' // a closed file cannot be deleted before its retention period ends
  | 'CLOSED' // the client's file is closed (archived): read-only until it is reopened
  | 'ROLE' // only a lawyer may do this (retention, backups, restore, deletion)
  | 'RECOVERY' // the data file could not be opened: only the recovery screen's calls answer
  | 'INTERNAL'; // a bug or a disk problem; the details are in the log

export interface AppError {
  code: ErrorCode;
  /** English, for logs and support. The UI shows its own translated text for `code`. */
  message: string;
  /** Field path -> i18n key of the message to show beside that field. */
  fields?: Record<string, string>;
  /** With DUPLICATE: the records that look like the one being created. */
  duplicates?: DuplicateMatch[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function failure(
  code: ErrorCode,
  message: string,
  extra: Pick<AppError, 'fields' | 'duplicates'> = {},
): Envelope<never> {
  return { ok: false, error: { code, message, ...extra } };
}
