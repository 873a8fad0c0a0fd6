import { type ReminderTarget, reminderTarget, routeForTarget } from './deep-link';
import type { ShellSettings } from './shell-settings';

/**
 * What closing the window means. Reminders are planned by the data service (a worker thread that
 * lives as long as the app), so they keep arriving exactly as long as the app is not quit:
 * - keepRunning on (the default): closing hides the window and leaves the tray icon; the app,
 *   its data service and its reminders go on. The first time, a notice says so.
 * - keepRunning off: closing the last window quits on Windows and Linux (reminders stop until the
 *   next start, which catches up on what came due); macOS keeps apps alive in the Dock by
 *   convention, so reminders go on there either way.
 * Quitting from the menu, the tray or the OS always quits.
 */
export type CloseDecision = 'hide' | 'close';

export function onWindowClose(settings: ShellSettings, quitting: boolean): CloseDecision {
  return !quitting && settings.keepRunning ? 'hide' : 'close';
}

export function quitWhenAllWindowsClosed(settings: ShellSettings, platform: NodeJS.Platform): boolean {
  return platform !== 'darwin' && !settings.keepRunning;
}

/** A notification as the OS shows it; `onClick` opens the item. */
export interface ShellNotification {
  title: string;
  body: string;
  urgent: boolean;
  onClick?: () => void;
}

export interface Notifier {
  isSupported(): boolean;
  show(notification: ShellNotification): void;
}

/** A reminder as the data service posts it (main/data-service/protocol.ts ReminderEvent). */
export interface ReminderMessage {
  title: string;
  body: string;
  urgent: boolean;
  target?: unknown;
}

export interface BackgroundDeps {
  platform: NodeJS.Platform;
  settings: () => ShellSettings;
  updateSettings: (change: Partial<ShellSettings>) => void;
  notifier: Notifier;
  /** Opens the window (or brings it forward) at a route: main/shell/deep-link.ts openRoute. */
  open: (route: string) => void;
  /** Words for the one-time notice; main/shell/shell-text.ts. */
  hint: { title: string; body: string };
  /** Called after each reminder, e.g. to refresh the tray count. */
  onReminder?: (target: ReminderTarget | null) => void;
}

export class BackgroundReminders {
  private quitting = false;

  constructor(private readonly deps: BackgroundDeps) {}

  /** The user chose Quit (menu, tray, OS): the next close really closes. */
  quitRequested(): void {
    this.quitting = true;
  }

  get isQuitting(): boolean {
    return this.quitting;
  }

  windowClosing(): CloseDecision {
    const decision = onWindowClose(this.deps.settings(), this.quitting);
    if (
      decision === 'hide' &&
      !this.deps.settings().backgroundHintShown &&
      this.deps.notifier.isSupported()
    ) {
      this.deps.notifier.show({ ...this.deps.hint, urgent: false });
      this.deps.updateSettings({ backgroundHintShown: true });
    }
    return decision;
  }

  allWindowsClosed(): 'quit' | 'stay' {
    return quitWhenAllWindowsClosed(this.deps.settings(), this.deps.platform) ? 'quit' : 'stay';
  }

  /** A reminder from the data service: shown whether or not a window is open; a click opens its family. */
  reminder(message: ReminderMessage): void {
    const target = reminderTarget(message);
    this.deps.onReminder?.(target);
    // Without notification support (some Linux desktops) the dashboard still lists every item,
    // so a reminder is never the only way to see a date.
    if (!this.deps.notifier.isSupported()) return;
    this.deps.notifier.show({
      title: message.title,
      body: message.body,
      urgent: message.urgent,
      onClick: () => this.deps.open(routeForTarget(target)),
    });
  }
}
