import { readBackupSettings } from '../../db/backup/settings-file';
import type { ApiContext } from '../data-service/context';
import { backUpNow } from './backups';
import { backupEntries } from './entries';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * The daily backup while the app runs: at start and then hourly, if no backup of any kind was
 * made today (UTC day), one is made. Hourly checks catch a laptop that slept through midnight.
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
    if (this.running || !readBackupSettings(this.ctx.dataDir).daily) return false;
    const today = this.ctx.now().toISOString().slice(0, 10);
    if (backupEntries(this.ctx.dataDir).some((backup) => backup.createdAt.slice(0, 10) === today))
      return false;
    this.running = true;
    try {
      await backUpNow(this.ctx, 'daily');
      return true;
    } catch (error) {
      this.onError(error);
      return false;
    } finally {
      this.running = false;
    }
  }
}
