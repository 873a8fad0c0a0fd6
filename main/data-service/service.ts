import os from 'node:os';
import { removeBackupLeftovers } from '../../db/backup/leftovers';
import { DatabaseOpenError } from '../../db/errors';
import { closeDatabase, type OpenedDatabase } from '../../db/open';
import { openCaseportDatabase } from '../../db/startup';
import { DailyBackups } from '../backups/daily';
import { registerDatabaseHost } from '../backups/restore';
import { type DataCheck, type Envelope, failure } from '../contract';
import { DeadlineUpkeep } from '../deadlines/upkeep';
import { dropAbandonedImportsAtStart } from '../imports/imports';
import type { Logger } from '../logging/logger';
import { safeError } from '../logging/safe-error';
import { ReminderRunner } from '../reminders/runner';
import type { ApiContext, RecentError } from './context';
import { dispatch } from './dispatch';
import type { HandlerTable } from './handlers';
import {
  type DataServiceOptions,
  type HostToWorker,
  LONG_CHANNELS,
  type WorkerRole,
  type WorkerToHost,
} from './protocol';

/** Calls slower than this are logged by channel name (Signal logs its SQL calls over 40 ms). */
const SLOW_CALL_MS = 100;
const RECENT_ERRORS_KEPT = 20;

export interface ServiceDeps {
  role: WorkerRole;
  options: DataServiceOptions;
  post: (message: WorkerToHost) => void;
  log: Logger;
  /** The primary hands long commands here (a background worker with its own connection). */
  runLong?: (channel: string, payload: unknown, userId: number | null) => Promise<Envelope<unknown>>;
  /** Tests swap a handler to make one fail; the app always runs the real table. */
  handlers?: HandlerTable;
  /** Closes the background worker's connection (restore swaps the file only when none is open). */
  closeBackground?: () => Promise<void>;
  /** The database was refused: the worker serves the recovery screen with this failure. */
  onStartupFailed?: (error: unknown) => void;
}

/**
 * The data service's body, independent of threads so tests can drive it directly: owns one
 * connection, the handler table (through dispatch) and, in the primary, the reminder runner.
 * worker.ts connects it to a MessagePort.
 */
export class DataService {
  private reminders: ReminderRunner | null = null;
  private dailyBackups: DailyBackups | null = null;
  private deadlineUpkeep: DeadlineUpkeep | null = null;
  /** The latest check of the data file and its history (primary only): app.status reports it. */
  private dataCheck: DataCheck = { state: 'unknown' };

  private constructor(
    private readonly deps: ServiceDeps,
    private database: OpenedDatabase,
    readonly ctx: ApiContext,
    /** Last failures for the support summary: time, channel and code only. */
    private readonly recent: RecentError[],
  ) {}

  /** Opens (and in the primary, migrates) the database; reports 'ready' or 'startup-failed'. */
  static start(deps: ServiceDeps): DataService | null {
    const { options } = deps;
    const now = () => new Date(Date.now() + options.clockOffsetMs);
    let database: OpenedDatabase;
    try {
      database = openCaseportDatabase({
        dataDir: options.dataDir,
        migrationsFolder: options.migrationsFolder,
        now,
        secondConnection: deps.role === 'background',
      });
    } catch (error) {
      const kind = error instanceof DatabaseOpenError ? error.kind : 'unexpected';
      deps.log.error({ event: 'startup-failed', kind, err: safeError(error) }, 'database did not open');
      deps.post({
        type: 'startup-failed',
        kind,
        message: error instanceof Error ? error.message : String(error),
      });
      deps.onStartupFailed?.(error);
      return null;
    }
    const recent: RecentError[] = [];
    const ctx: ApiContext = {
      db: database.db,
      now,
      appVersion: options.appVersion,
      dataDir: options.dataDir,
      schemaVersion: database.schemaVersion,
      session: { userId: null },
      reportProgress: (event) => deps.post({ type: 'progress', event }),
      support: { logFile: options.logFile, recentErrors: () => [...recent] },
    };
    const service = new DataService(deps, database, ctx, recent);
    ctx.dataCheck = { current: () => service.dataCheck };
    if (deps.role === 'primary') {
      // Scratch left by a crash holds whole rows or copies of the practice: gone at every start.
      try {
        dropAbandonedImportsAtStart(ctx);
        const removed = removeBackupLeftovers(options.dataDir, now());
        if (removed.length > 0)
          deps.log.info({ event: 'backup-leftovers-removed', count: removed.length }, 'leftovers removed');
      } catch (error) {
        // Left for the next start to remove.
        deps.log.error({ event: 'leftovers-failed', err: safeError(error) }, 'could not remove leftovers');
      }
      // Restore closes this connection, swaps the file and hands back the reopened database.
      registerDatabaseHost(ctx, {
        current: () => service.database,
        migrationsFolder: options.migrationsFolder,
        closeOthers: () => deps.closeBackground?.() ?? Promise.resolve(),
        replaced: (next) => service.replaceDatabase(next),
      });
    }
    deps.log.info(
      {
        event: 'service-started',
        role: deps.role,
        schemaVersion: database.schemaVersion,
        migrationsApplied: database.migrationsApplied,
        platform: os.platform(),
      },
      'data service ready',
    );
    deps.post({ type: 'ready', schemaVersion: database.schemaVersion });
    if (deps.role === 'primary') service.checkData();
    return service;
  }

  /**
   * The data file and its change history are checked at every start. After a crash or an
   * outside change the open already checked both (and refused a damaged or altered file). After
   * a clean close it did not: the disk may have rotted the file at rest, or another program may
   * have edited it while Caseport had it open. Both are then checked on a short-lived worker
   * of their own (worker.ts), so the windows open at once and nothing waits for a 1.7 GB read.
   */
  private checkData(): void {
    const checked = this.database.checkedAtOpen;
    if (checked) {
      this.dataCheck = {
        state: 'sound',
        checkedAt: this.ctx.now().toISOString(),
        entries: checked.auditEntries,
      };
      return;
    }
    this.dataCheck = { state: 'checking' };
    void this.run('app.checkData', {});
  }

  /** Keeps what a check found, whoever asked for it (start-up, or a person in Settings). */
  private noteDataCheck(result: DataCheck): void {
    this.dataCheck = result;
    if (result.state === 'altered')
      this.deps.log.error(
        { event: 'audit-history-altered', entryId: result.entryId },
        'the change history was altered outside Caseport',
      );
    if (result.state === 'damaged')
      this.deps.log.error({ event: 'data-file-damaged', detail: result.detail }, 'the data file is damaged');
  }

  /** Deadline upkeep (main/deadlines/upkeep.ts) in the primary, whether or not reminders are shown. */
  startUpkeep(): void {
    if (this.deps.role !== 'primary' || this.deadlineUpkeep) return;
    this.deadlineUpkeep = new DeadlineUpkeep(this.ctx, (error) =>
      this.deps.log.error(
        { event: 'deadline-upkeep-failed', err: safeError(error) },
        'deadline upkeep failed',
      ),
    );
    this.deadlineUpkeep.start();
  }

  /** Reminders run beside the handler table, on the same connection and clock. */
  startReminders(): void {
    if (this.deps.role !== 'primary' || !this.deps.options.reminders || this.reminders) return;
    this.reminders = new ReminderRunner({
      db: this.ctx.db,
      clock: { now: () => this.ctx.now().getTime() },
      show: (shown) => this.deps.post({ type: 'reminder', event: shown }),
      onError: (error) =>
        this.deps.log.error({ event: 'reminders-failed', err: safeError(error) }, 'reminders failed'),
    });
    void this.reminders.start();
  }

  /**
   * The daily backup (main/backups/daily.ts) in the primary, a scheduler of its own beside the
   * reminders. Like them it runs only where the host runs schedulers (`options.reminders`: the
   * desktop app; not the preview, whose e2e runs would each make a backup, nor bare tests).
   */
  startDailyBackups(): void {
    if (this.deps.role !== 'primary' || !this.deps.options.reminders || this.dailyBackups) return;
    this.dailyBackups = new DailyBackups(this.ctx, (error) =>
      this.deps.log.error({ event: 'daily-backup-failed', err: safeError(error) }, 'daily backup failed'),
    );
    this.dailyBackups.start();
  }

  /** After a restore: the reopened database becomes this service's, and reminders restart on it. */
  private replaceDatabase(next: OpenedDatabase): void {
    this.database = next;
    this.checkData();
    if (this.reminders) {
      this.reminders.stop();
      this.reminders = null;
      this.startReminders();
    }
  }

  async handle(request: Extract<HostToWorker, { type: 'request' }>): Promise<void> {
    const envelope = await this.run(request.channel, request.payload, request.userId);
    this.deps.post({ type: 'reply', id: request.id, envelope });
  }

  /** Answers one call: long ones on the background worker, the rest through dispatch here. */
  private async run(
    requested: unknown,
    payload: unknown,
    userId: number | null = null,
  ): Promise<Envelope<unknown>> {
    const started = performance.now();
    const channel = typeof requested === 'string' ? requested : String(requested);
    let envelope: Envelope<unknown>;
    try {
      if (this.deps.role === 'primary' && this.deps.runLong && LONG_CHANNELS.has(channel)) {
        envelope = await this.deps.runLong(channel, payload, this.ctx.session.userId);
      } else {
        if (this.deps.role === 'background') this.ctx.session.userId = userId ?? null;
        envelope = await dispatch(this.ctx, requested, payload, {
          ...(this.deps.handlers && { handlers: this.deps.handlers }),
          log: (_message, error) =>
            this.deps.log.error(
              { event: 'channel-failed', channel, err: safeError(error) },
              'channel failed',
            ),
        });
      }
    } catch (error) {
      // dispatch never throws; this is the background worker itself failing.
      this.deps.log.error({ event: 'service-failed', channel, err: safeError(error) }, 'service failed');
      envelope = failure(
        'INTERNAL',
        'Something went wrong while saving or reading data. Nothing was changed.',
      );
    }
    const ms = Math.round(performance.now() - started);
    if (!envelope.ok && envelope.error.code === 'INTERNAL') this.remember(channel, envelope.error.code);
    if (ms >= SLOW_CALL_MS) this.deps.log.info({ event: 'slow-call', channel, ms }, 'slow call');
    if (this.deps.role === 'primary' && channel === 'app.checkData') {
      if (envelope.ok) this.noteDataCheck(envelope.value as DataCheck);
      else if (this.dataCheck.state === 'checking') this.dataCheck = { state: 'unknown' };
    }
    return envelope;
  }

  private remember(channel: string, code: string): void {
    this.recent.push({ at: new Date().toISOString(), channel, code });
    if (this.recent.length > RECENT_ERRORS_KEPT) this.recent.shift();
  }

  close(): void {
    this.reminders?.stop();
    this.reminders = null;
    this.dailyBackups?.stop();
    this.deadlineUpkeep?.stop();
    // A file found damaged or altered gets no clean-close note: the next start checks it in full
    // and shows the recovery screen instead of trusting it.
    const found = this.dataCheck.state === 'altered' || this.dataCheck.state === 'damaged';
    closeDatabase(this.database.sqlite, { trustNextStart: !found });
  }
}
