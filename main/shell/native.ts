import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  app,
  type BrowserWindow,
  clipboard,
  dialog,
  Menu,
  type MenuItemConstructorOptions,
  Notification,
  nativeImage,
  screen,
  shell,
  Tray,
} from 'electron';
import { IPC_PREFIX } from '../contract/channels';
import { aboutBox, aboutText } from './about';
import { BackgroundReminders, type ReminderMessage } from './background-policy';
import { openRoute, routeForCommand } from './deep-link';
import { loginItemSettings, startedAtLogin, supportsOpenAtLogin } from './login-item';
import { type MenuCommand, type MenuItemSpec, menuTemplate } from './menu-template';
import { ShellSettingsFile } from './shell-settings';
import { type ShellLocale, shellLocale, shellText } from './shell-text';
import { dueCounts, TrayCounter, trayTitle, trayTooltip } from './tray-count';
import { resolveUpdateFeed, UpdateCheck } from './updates';
import {
  placeWindow,
  readWindowState,
  type WindowState,
  WindowStateKeeper,
  writeWindowState,
} from './window-state';

/**
 * The Electron half of the desktop integration. Every decision (menu per platform, where the
 * window goes, what closing means, where a click leads, what the tray says, the update dialogue)
 * is made by the pure modules beside this file and unit-tested there; this file only hands them
 * Electron's objects. Kept short on purpose: it cannot run in our tests.
 */
export interface ShellHost {
  dataDir: string;
  logDir: string;
  /** Asks the data service (worker) a contract channel; main never runs SQL itself. */
  invoke: (
    channel: string,
    payload: unknown,
  ) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>;
  /** Creates the BrowserWindow at `placement`, showing `route` first. */
  createWindow: (placement: WindowState, route: string) => BrowserWindow;
  log: (event: string, detail?: Record<string, unknown>) => void;
}

export interface DesktopShell {
  /** The main window, if open. */
  window(): BrowserWindow | null;
  /** Brings the window forward (opening one if needed); at `route` when one is given. */
  open(route?: string | null): void;
  /** For ServiceConnection's onReminder: a reminder posted by the data service. */
  reminder(message: ReminderMessage): void;
  /** Whether this launch should stay in the tray (started at login). */
  startHidden: boolean;
}

export function installDesktopShell(host: ShellHost): DesktopShell {
  const platform = process.platform;
  const locale: ShellLocale = shellLocale(app.getPreferredSystemLanguages());
  const userData = app.getPath('userData');
  const settings = new ShellSettingsFile(path.join(userData, 'shell-settings.json'));
  const stateFile = path.join(userData, 'window-state.json');
  const keeper = new WindowStateKeeper((state) => writeWindowState(stateFile, state));
  // Packaged: electron-builder's extraResources puts build/tray beside app.asar.
  const icon = (name: string) =>
    app.isPackaged
      ? path.join(process.resourcesPath, 'tray', name)
      : path.join(app.getAppPath(), 'build', 'tray', name);
  let mainWindow: BrowserWindow | null = null;
  let tray: Tray | null = null;
  const shown = new Set<Notification>();

  const openWindow = (route: string): BrowserWindow => {
    const placement = placeWindow(
      readWindowState(stateFile),
      screen.getAllDisplays(),
      screen.getPrimaryDisplay(),
    );
    const window = host.createWindow(placement, route);
    mainWindow = window;
    window.on('resize', () => keeper.changed(window));
    window.on('move', () => keeper.changed(window));
    window.on('close', (event) => {
      keeper.flush(window);
      if (background.windowClosing() === 'hide') {
        event.preventDefault();
        window.hide();
      }
    });
    window.on('closed', () => {
      mainWindow = null;
    });
    window.on('show', () => void counter.refresh());
    return window;
  };

  const navigator = {
    getWindow: () =>
      mainWindow && {
        isMinimized: () => mainWindow?.isMinimized() ?? false,
        restore: () => mainWindow?.restore(),
        show: () => mainWindow?.show(),
        focus: () => mainWindow?.focus(),
        navigate: (route: string) => mainWindow?.webContents.send(`${IPC_PREFIX}event:navigate`, route),
      },
    openWindow: (route: string) => {
      openWindow(route);
      // A new window starts at `route` (createWindow loads it): nothing more to do.
      return { isMinimized: () => false, restore() {}, show() {}, focus() {}, navigate() {} };
    },
  };
  const open = (route: string | null = null) => openRoute(navigator, route);

  const background = new BackgroundReminders({
    platform,
    settings: () => settings.value,
    updateSettings: (change) => settings.update(change),
    notifier: {
      isSupported: () => Notification.isSupported(),
      show: ({ title, body, urgent, onClick }) => {
        const notification = new Notification({ title, body, urgency: urgent ? 'critical' : 'normal' });
        // Held until clicked or closed: a collected Notification never reports its click.
        shown.add(notification);
        const forget = () => shown.delete(notification);
        notification.on('click', () => {
          forget();
          onClick?.();
        });
        notification.on('close', forget);
        notification.show();
      },
    },
    open,
    hint: {
      title: shellText('background.stillRunningTitle', {}, locale),
      body: shellText('background.stillRunningBody', {}, locale),
    },
    onReminder: () => void counter.refresh(),
  });

  const counter = new TrayCounter({
    read: async () => {
      const answer = await host.invoke('deadlines.dashboard', {});
      if (!answer.ok) throw new Error(answer.error?.message ?? 'dashboard unavailable');
      return dueCounts(answer.value as Parameters<typeof dueCounts>[0]);
    },
    show: (counts) => {
      if (!tray) return;
      tray.setToolTip(trayTooltip(counts, locale));
      if (platform === 'darwin') tray.setTitle(trayTitle(counts));
      tray.setContextMenu(trayMenu(counts.today));
    },
    timers: {
      setInterval: (f, ms) => setInterval(f, ms),
      clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
    },
    onError: (error) => host.log('tray-count-failed', { message: String(error) }),
  });

  const quit = () => {
    background.quitRequested();
    app.quit();
  };

  const trayMenu = (today: number) =>
    Menu.buildFromTemplate([
      { label: shellText('tray.open', {}, locale), click: () => open() },
      { label: `${shellText('tray.dueToday', {}, locale)}: ${today}`, click: () => open('/dashboard') },
      { type: 'separator' },
      { label: shellText('tray.quit', {}, locale), click: quit },
    ]);

  const updates = new UpdateCheck({
    feed: resolveUpdateFeed(process.env, fs.existsSync(path.join(process.resourcesPath, 'app-update.yml'))),
    updater: () => {
      // Loaded on first use: an app that never checks never loads the updater.
      const { autoUpdater } = require('electron-updater') as typeof import('electron-updater');
      autoUpdater.autoDownload = false;
      autoUpdater.autoInstallOnAppQuit = false;
      const feed = resolveUpdateFeed(process.env, false);
      if (feed.kind === 'env') autoUpdater.setFeedURL({ provider: 'generic', url: feed.url });
      return autoUpdater;
    },
    dialogs: {
      ask: async (message, buttons) =>
        (
          await dialog.showMessageBox({
            type: 'question',
            title: shellText('updates.title', {}, locale),
            message,
            buttons,
            defaultId: 0,
            cancelId: 1,
          })
        ).response,
      tell: async (message) => {
        await dialog.showMessageBox({ type: 'info', title: shellText('updates.title', {}, locale), message });
      },
    },
    currentVersion: app.getVersion(),
    locale,
    onError: (error) => host.log('update-check-failed', { message: String(error) }),
  });

  const showAbout = async () => {
    const box = aboutBox(
      {
        version: app.getVersion(),
        electron: process.versions.electron ?? '',
        chrome: process.versions.chrome ?? '',
        node: process.versions.node,
        os: `${os.type()} ${os.release()} ${process.arch}`,
        dataDir: host.dataDir,
        logDir: host.logDir,
      },
      locale,
    );
    const { response } = await dialog.showMessageBox({
      type: 'info',
      title: box.title,
      message: box.message,
      detail: box.detail,
      buttons: box.buttons,
      defaultId: 0,
      cancelId: 0,
    });
    const action = box.actions[response];
    if (action === 'copy') clipboard.writeText(aboutText(box));
    if (action === 'show-data-folder') void shell.openPath(host.dataDir);
    if (action === 'show-log-folder') void shell.openPath(host.logDir);
  };

  const backUpNow = async () => {
    // Through the data service, which attributes the backup to whoever is working.
    const answer = await host.invoke('backups.create', {});
    const message = answer.ok
      ? shellText('backup.done', { name: String((answer.value as { name?: string })?.name ?? '') }, locale)
      : shellText('backup.failed', { reason: answer.error?.message ?? '' }, locale);
    await dialog.showMessageBox({
      type: answer.ok ? 'info' : 'error',
      title: shellText('menu.backUpNow', {}, locale),
      message,
    });
  };

  const run = (command: MenuCommand) => {
    const route = routeForCommand(command);
    if (route) return open(route);
    switch (command) {
      case 'about':
        return void showAbout();
      case 'check-for-updates':
        return void updates.run();
      case 'back-up-now':
        return void backUpNow();
      case 'show-data-folder':
        return void shell.openPath(host.dataDir);
      case 'show-log-folder':
        return void shell.openPath(host.logDir);
      case 'toggle-open-at-login': {
        const { openAtLogin } = settings.update({ openAtLogin: !settings.value.openAtLogin });
        app.setLoginItemSettings(loginItemSettings(openAtLogin, platform));
        return installMenu();
      }
      case 'toggle-keep-running':
        settings.update({ keepRunning: !settings.value.keepRunning });
        return installMenu();
    }
  };

  const toElectron = (items: MenuItemSpec[]): MenuItemConstructorOptions[] =>
    items.map(({ command, submenu, ...item }) => ({
      ...item,
      ...(submenu && { submenu: toElectron(submenu) }),
      ...(command && { click: () => run(command) }),
    }));

  function installMenu(): void {
    const { openAtLogin, keepRunning } = settings.value;
    const template = menuTemplate({
      platform,
      locale,
      openAtLogin,
      keepRunning,
      developer: !app.isPackaged,
      openAtLoginSupported: supportsOpenAtLogin(platform),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(toElectron(template)));
  }

  installMenu();
  if (supportsOpenAtLogin(platform))
    app.setLoginItemSettings(loginItemSettings(settings.value.openAtLogin, platform));
  const trayImage = nativeImage.createFromPath(icon(platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'));
  if (platform === 'darwin') trayImage.setTemplateImage(true);
  tray = new Tray(trayImage);
  tray.setToolTip('Caseport');
  tray.setContextMenu(trayMenu(0));
  tray.on('click', () => open());
  void counter.start();

  app.on('before-quit', () => background.quitRequested());
  app.on('window-all-closed', () => {
    if (background.allWindowsClosed() === 'quit') app.quit();
  });
  app.on('will-quit', () => counter.stop());

  return {
    window: () => mainWindow,
    open,
    reminder: (message) => background.reminder(message),
    startHidden:
      startedAtLogin(process.argv, app.getLoginItemSettings().wasOpenedAtLogin) && settings.value.keepRunning,
  };
}
