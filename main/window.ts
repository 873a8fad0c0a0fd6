import { BrowserWindow, dialog, type Session } from 'electron';
import { mainLocale, mainMessage } from './messages';
import { APP_ORIGIN } from './security/origin';

/** Caseport asks for no camera, microphone, location or notifications-by-page: refuse them all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Where the window opens (main/shell/window-state.ts placeWindow) and the screen it shows first. */
export interface WindowPlacement {
  bounds: { x: number; y: number; width: number; height: number };
  maximized: boolean;
}

export function createMainWindow(
  preloadPath: string,
  placement?: WindowPlacement,
  route = '/',
): BrowserWindow {
  const window = new BrowserWindow({
    ...(placement ? placement.bounds : { width: 1280, height: 820 }),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Caseport',
    backgroundColor: '#f6f6f3',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Chromium's spellchecker downloads dictionaries from Google: nothing leaves the computer.
      spellcheck: false,
      // Middle-click would open links in new windows; the open handler below denies them anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => {
    if (placement?.maximized) window.maximize();
    window.show();
  });

  const contents = window.webContents;
  // No pop-ups and no navigation away from our own page: a link in a note must never
  // turn the app window into a browser holding the preload bridge.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // A form with unsaved changes asks before the window closes or reloads (the page's
  // beforeunload); Electron would otherwise cancel silently. The draft is kept either way.
  contents.on('will-prevent-unload', (event) => {
    const locale = mainLocale(Intl.DateTimeFormat().resolvedOptions().locale);
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: mainMessage('unsaved.title', {}, locale),
      message: mainMessage('unsaved.message', {}, locale),
      detail: mainMessage('unsaved.detail', {}, locale),
      buttons: [mainMessage('unsaved.leave', {}, locale), mainMessage('unsaved.stay', {}, locale)],
      defaultId: 1,
      cancelId: 1,
    });
    // preventDefault here means "ignore the page's beforeunload": the window does close.
    if (choice === 0) event.preventDefault();
  });

  void window.loadURL(`${APP_ORIGIN}/index.html#${route}`);
  return window;
}
