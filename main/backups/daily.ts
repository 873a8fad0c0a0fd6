import { readBackupSettings, updateBackupSettingsFile } from '../../db/backup/settings-file';
import type { ApiContext } from '../data-service/context';
import { backupEntries } from './entries';
import { reachDeletedEverywhere } from './forget';
import { backUpNow } from './make';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * The daily backup while the app runs: at start and then hourly, if no daily backup was made
 * today (UTC day), one is made. Hourly checks catch a laptop that slept through midnight. Each
 * run first cleans any backup folder that is back within reach after a retention deletion.
 * How the last attempt went is kept in the settings file, so Settings > Backups can show a
 * failure instead of leaving it in the log.
 */
export class DailyBackups {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running = false;

  constructor(
    private readonly ctx: ApiContext,
    private readonly onError: (error: unknown) => void,
    private readonly everyMs = CHECK_EVERY_MS,
  ) {}

  start(): void {
    if (this.timer) return;
    void this.runIfDue();
    this.timer = setInterval(() => void this.runIfDue(), this.everyMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Returns whether a backup was made. */
  async runIfDue(): Promise<boolean> {
    if (this.running) return false;
    this.running = true;
    try {
      await this.reachDeleted();
      if (!readBackupSettings(this.ctx.dataDir).daily) return false;
      const today = this.ctx.now().toISOString().slice(0, 10);
      const madeToday = backupEntries(this.ctx.dataDir).some(
        (backup) => backup.kind === 'daily' && backup.createdAt.slice(0, 10) === today,
      );
      if (madeToday) return false;
      return await this.backUp();
    } finally {
      this.running = false;
    }
  }

  private async reachDeleted(): Promise<void> {
    try {
      await reachDeletedEverywhere(this.ctx);
    } catch (error) {
      this.onError(error);
    }
  }

  private async backUp(): Promise<boolean> {
    const at = this.ctx.now().toISOString();
    try {
      const made = await backUpNow(this.ctx, 'daily');
      this.note({ at, ok: made.verified, detail: made.problem });
      return true;
    } catch (error) {
      this.note({ at, ok: false, detail: error instanceof Error ? error.message : String(error) });
      this.onError(error);
      return false;
    }
  }

  private note(lastDaily: { at: string; ok: boolean; detail: string | null }): void {
    try {
      updateBackupSettingsFile(this.ctx.dataDir, () => ({ lastDaily }));
    } catch (error) {
      this.onError(error);
    }
  }
}
