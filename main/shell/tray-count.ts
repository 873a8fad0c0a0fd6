import type { DashboardSection } from '../contract/agenda';
import { type ShellLocale, shellText } from './shell-text';

/**
 * The tray / menu-bar icon's count of deadlines due today, read from the same dashboard the app
 * shows (`deadlines.dashboard`, computed by the data service in the firm's time zone), so the
 * icon and the screen never disagree.
 */
export interface DueCounts {
  today: number;
  overdue: number;
}

/** Reads only each section's bucket and count (the rest of the dashboard is the screen's). */
export function dueCounts(dashboard: {
  sections: ReadonlyArray<Pick<DashboardSection, 'bucket' | 'count'>>;
}): DueCounts {
  const count = (bucket: string) => dashboard.sections.find((s) => s.bucket === bucket)?.count ?? 0;
  return { today: count('today'), overdue: count('overdue') };
}

/** The menu-bar title next to the icon on macOS: the number alone, nothing when zero. */
export function trayTitle(counts: DueCounts): string {
  return counts.today > 0 ? String(counts.today) : '';
}

export function trayTooltip(counts: DueCounts, locale: ShellLocale): string {
  const today =
    counts.today > 0
      ? shellText('tray.tooltip', { count: counts.today }, locale)
      : shellText('tray.tooltipNone', {}, locale);
  return counts.overdue > 0
    ? `${today} · ${shellText('tray.tooltipOverdue', { count: counts.overdue }, locale)}`
    : today;
}

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** How often the count is re-read; also refreshed after every reminder and when the window opens. */
export const TRAY_REFRESH_MS = 5 * 60 * 1000;

/**
 * Keeps the count current. `read` asks the data service; a failed read keeps the last count
 * (the icon must not flash to zero because one request failed) and reports the error.
 */
export class TrayCounter {
  private handle: unknown = null;
  private last: DueCounts | null = null;

  constructor(
    private readonly deps: {
      read: () => Promise<DueCounts>;
      show: (counts: DueCounts) => void;
      timers: Timers;
      onError?: (error: unknown) => void;
    },
  ) {}

  get counts(): DueCounts | null {
    return this.last;
  }

  async refresh(): Promise<void> {
    try {
      const counts = await this.deps.read();
      if (this.last && counts.today === this.last.today && counts.overdue === this.last.overdue) return;
      this.last = counts;
      this.deps.show(counts);
    } catch (error) {
      this.deps.onError?.(error);
    }
  }

  start(): Promise<void> {
    this.stop();
    this.handle = this.deps.timers.setInterval(() => void this.refresh(), TRAY_REFRESH_MS);
    return this.refresh();
  }

  stop(): void {
    if (this.handle !== null) this.deps.timers.clearInterval(this.handle);
    this.handle = null;
  }
}
