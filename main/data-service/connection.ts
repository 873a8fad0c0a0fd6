import { Worker } from 'node:worker_threads';
import { type Envelope, failure } from '../contract/envelope';
import type { ProgressEvent, ReminderEvent, WorkerData, WorkerToHost } from './protocol';

export interface ConnectionEvents {
  onProgress?: (event: ProgressEvent) => void;
  onReminder?: (event: ReminderEvent) => void;
  onLog?: (line: string) => void;
  /** The worker died (a crash, not a close): pending calls were answered with INTERNAL. */
  onExit?: (code: number) => void;
}

/** Why the service did not start: the database's failure kind and its message, for the recovery screen. */
export class StartupFailure extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
    this.name = 'StartupFailure';
  }
}

const LOST = 'The data service stopped unexpectedly. Nothing more was changed; restart Caseport.';

/**
 * One data-service worker seen from the thread that started it: numbered requests, replies
 * matched by number, progress/reminder/log messages passed to the host's callbacks. Used by the
 * hosts (Electron main, preview) for the primary worker and by the primary for its background
 * worker. Never throws from invoke(): a dead worker answers INTERNAL envelopes.
 */
export class ServiceConnection {
  readonly ready: Promise<{ schemaVersion: number }>;
  private readonly worker: Worker;
  private readonly pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  private nextId = 1;
  private alive = true;
  private closing = false;

  constructor(file: string, data: WorkerData, events: ConnectionEvents = {}) {
    this.worker = new Worker(file, { workerData: data });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (message: WorkerToHost) => {
        switch (message.type) {
          case 'ready':
            resolve({ schemaVersion: message.schemaVersion });
            break;
          case 'startup-failed':
            reject(new StartupFailure(message.kind, message.message));
            break;
          case 'reply': {
            const answer = this.pending.get(message.id);
            this.pending.delete(message.id);
            answer?.(message.envelope);
            break;
          }
          case 'progress':
            events.onProgress?.(message.event);
            break;
          case 'reminder':
            events.onReminder?.(message.event);
            break;
          case 'log':
            events.onLog?.(message.line);
            break;
        }
      });
      this.worker.on('error', (error) => {
        reject(new StartupFailure('unexpected', error.message));
      });
      this.worker.on('exit', (code) => {
        this.alive = false;
        reject(new StartupFailure('unexpected', `The data service exited with code ${code}.`));
        for (const answer of this.pending.values()) answer(failure('INTERNAL', LOST));
        this.pending.clear();
        if (!this.closing) events.onExit?.(code);
      });
    });
    // Callers that only invoke() learn of a failed start from the envelopes.
    this.ready.catch(() => {});
  }

  get isAlive(): boolean {
    return this.alive;
  }

  invoke(channel: unknown, payload: unknown, userId?: number | null): Promise<Envelope<unknown>> {
    if (!this.alive) return Promise.resolve(failure('INTERNAL', LOST));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({
        type: 'request',
        id,
        channel,
        payload,
        ...(userId !== undefined && { userId }),
      });
    });
  }

  /** Asks the worker to close its database cleanly; stops it after `graceMs` if it does not. */
  async close(graceMs = 5_000): Promise<void> {
    if (!this.alive) return;
    this.closing = true;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage({ type: 'close' });
    const timer = setTimeout(() => void this.worker.terminate(), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
