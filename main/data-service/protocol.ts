import type { Envelope } from '../contract';

/**
 * Messages between the data service (a worker thread that owns the SQLite connection) and the
 * process that hosts it (Electron's main process or the preview server). Numbered requests and
 * replies, like Signal Desktop's SQL worker: the host never runs SQL, it only forwards.
 */

/** What the host tells the worker at start. Plain data: it crosses a thread boundary. */
export interface DataServiceOptions {
  /** This worker's own bundle: the primary starts its background worker from the same file. */
  workerFile: string;
  dataDir: string;
  migrationsFolder: string;
  appVersion: string;
  /** Added to the computer's clock: 0 in the app; the preview's `--clock` sets it for tests. */
  clockOffsetMs: number;
  /** Where the log file is; the worker names it in diagnostics, the host writes it. */
  logFile: string;
  /** Run the reminder scheduler in this service (the app and preview: yes; tests: no). */
  reminders: boolean;
}

/** The worker's role: the primary owns migrations, reminders and the handler table; a
 *  background worker runs long commands (import commit) on its own connection. */
export type WorkerRole = 'primary' | 'background';

export interface WorkerData {
  role: WorkerRole;
  options: DataServiceOptions;
}

export type HostToWorker =
  | { type: 'request'; id: number; channel: unknown; payload: unknown; userId?: number | null }
  | { type: 'close' };

import type { ProgressEvent } from '../contract/channels';

export type { ProgressEvent };

/** A reminder the shell shows as an OS notification; `route` is where a click goes. */
export interface ReminderEvent {
  title: string;
  body: string;
  route: string;
  /** The family (and the deadline, when there is one) a click opens: main/shell/deep-link.ts. */
  target: { clientId: number; deadlineId: number | null } | null;
  urgent: boolean;
}

export type WorkerToHost =
  | { type: 'ready'; schemaVersion: number }
  | { type: 'startup-failed'; kind: string; message: string }
  | { type: 'reply'; id: number; envelope: Envelope<unknown> }
  | { type: 'progress'; event: ProgressEvent }
  | { type: 'reminder'; event: ReminderEvent }
  /** One pino JSON line, written to the log file by the host. */
  | { type: 'log'; line: string };

/**
 * Channels that can run for seconds: they go to the background worker so others keep answering.
 * Checking the data reads every page of the file and every audit entry (1.7 GB and 3.5 million
 * entries at 100,000 clients).
 */
export const LONG_CHANNELS: ReadonlySet<string> = new Set(['imports.commit', 'app.checkData']);
