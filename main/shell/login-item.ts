/**
 * "Open Caseport at login". A login start opens no window: Caseport sits in the tray / menu bar
 * and reminders run. macOS reports a login launch itself (wasOpenedAtLogin); Windows is told to
 * pass `--hidden` in the Run entry; Linux has no Electron support for login items (the menu
 * item is hidden there; a desktop environment's autostart does the same job).
 */
export const HIDDEN_FLAG = '--hidden';

export function supportsOpenAtLogin(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

/** Arguments for Electron's app.setLoginItemSettings. */
export function loginItemSettings(openAtLogin: boolean, platform: NodeJS.Platform) {
  return platform === 'win32' ? { openAtLogin, args: [HIDDEN_FLAG] } : { openAtLogin };
}

/** Whether this launch came from the login item, so the window stays closed. */
export function startedAtLogin(argv: readonly string[], wasOpenedAtLogin: boolean): boolean {
  return wasOpenedAtLogin || argv.includes(HIDDEN_FLAG);
}
