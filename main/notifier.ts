import { type BrowserWindow, Notification } from 'electron';
import type { ShownNotification } from './reminders/runner';
import { APP_ORIGIN } from './security/origin';

/**
 * The reminder runner's only Electron part: an OS notification whose click brings the window
 * forward and opens the family (or the dashboard for a digest). Kept thin on purpose: what to
 * send and when is decided and tested under plain Node (main/reminders/runner.ts).
 */
export function showReminder(getWindow: () => BrowserWindow | null, reopen: () => BrowserWindow) {
  return (shown: ShownNotification): void => {
    // Without notification support (some Linux desktops) there is nothing to show; the
    // dashboard still lists every item, so a reminder is never the only way to see a date.
    if (!Notification.isSupported()) return;
    const notification = new Notification({
      title: shown.title,
      body: shown.body,
      urgency: shown.urgent ? 'critical' : 'normal',
    });
    notification.on('click', () => {
      const window = getWindow() ?? reopen();
      if (window.isMinimized()) window.restore();
      window.focus();
      void window.loadURL(`${APP_ORIGIN}/index.html#${shown.route}`);
    });
    notification.show();
  };
}
