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
  | 'INTERNAL'; // a bug or a disk problem; the details are in the log

export interface AppError {
  code: ErrorCode;
  /** English, for logs and support. The UI shows its own translated text for `code`. */
  message: string;
  /** Field path -> i18n key of the message to show beside that field. */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function failure(code: ErrorCode, message: string, fields?: Record<string, string>): Envelope<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}
