import { type ShellLocale, shellText } from './shell-text';

/**
 * The application menu as plain data, per platform; main/shell/native.ts turns it into an
 * Electron Menu. Conventions (Apple HIG, Windows guidelines): on macOS the first menu is the app's
 * own (About, Settings, Services, Hide, Quit) and shortcuts use Cmd; elsewhere About sits under
 * Help, Quit under File, and shortcuts use Ctrl. Shortcuts the page handles itself (Ctrl/Cmd+K
 * search, Ctrl/Cmd+S save) are deliberately absent: a menu accelerator would swallow the key.
 */

/** What a custom item asks the shell to do. */
export type MenuCommand =
  | 'new-client'
  | 'import'
  | 'back-up-now'
  | 'export-deadlines'
  | 'export-launch-report'
  | 'settings'
  | 'toggle-open-at-login'
  | 'toggle-keep-running'
  | 'about'
  | 'check-for-updates'
  | 'show-data-folder'
  | 'show-log-folder';

/** The subset of Electron's menu roles Caseport uses (their labels and shortcuts are the OS's). */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'reload'
  | 'toggleDevTools'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'windowMenu'
  | 'appMenu';

export interface MenuItemSpec {
  label?: string;
  role?: MenuRole;
  type?: 'separator' | 'checkbox';
  checked?: boolean;
  accelerator?: string;
  command?: MenuCommand;
  submenu?: MenuItemSpec[];
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  locale: ShellLocale;
  openAtLogin: boolean;
  keepRunning: boolean;
  /** Login items exist on macOS and Windows only (main/shell/login-item.ts). */
  openAtLoginSupported: boolean;
  /** Reload and developer tools only in `npm start`, never in an installed app. */
  developer: boolean;
}

/** `Cmd+N` on macOS, `Ctrl+N` elsewhere (Electron's accelerator syntax). */
export function shortcut(platform: NodeJS.Platform, keys: string): string {
  return `${platform === 'darwin' ? 'Cmd' : 'Ctrl'}+${keys}`;
}

const separator: MenuItemSpec = { type: 'separator' };

export function menuTemplate(options: MenuOptions): MenuItemSpec[] {
  const { platform, locale } = options;
  const t = (key: Parameters<typeof shellText>[0]) => shellText(key, {}, locale);
  const mac = platform === 'darwin';
  const key = (keys: string) => shortcut(platform, keys);

  const settingsItems: MenuItemSpec[] = [
    { label: t('menu.settings'), accelerator: key(','), command: 'settings' },
    separator,
    ...(options.openAtLoginSupported
      ? [
          {
            label: t('menu.openAtLogin'),
            type: 'checkbox',
            checked: options.openAtLogin,
            command: 'toggle-open-at-login',
          } as MenuItemSpec,
        ]
      : []),
    {
      label: t('menu.keepRunning'),
      type: 'checkbox',
      checked: options.keepRunning,
      command: 'toggle-keep-running',
    },
  ];

  const appMenu: MenuItemSpec = {
    label: 'Caseport',
    submenu: [
      { label: t('menu.about'), command: 'about' },
      { label: t('menu.checkForUpdates'), command: 'check-for-updates' },
      separator,
      ...settingsItems,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const file: MenuItemSpec = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.newClient'), accelerator: key('N'), command: 'new-client' },
      // No shortcut: Ctrl+Shift+I opens the developer tools in development builds.
      { label: t('menu.import'), command: 'import' },
      separator,
      { label: t('menu.backUpNow'), accelerator: key('Shift+B'), command: 'back-up-now' },
      {
        label: t('menu.export'),
        submenu: [
          { label: t('menu.exportDeadlines'), command: 'export-deadlines' },
          { label: t('menu.exportLaunchReport'), command: 'export-launch-report' },
        ],
      },
      separator,
      ...(mac
        ? [{ role: 'close' } as MenuItemSpec]
        : [...settingsItems, separator, { role: 'quit' } as MenuItemSpec]),
    ],
  };

  const edit: MenuItemSpec = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as MenuItemSpec] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemSpec = {
    label: t('menu.view'),
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(options.developer
        ? [
            separator,
            {
              label: t('menu.developer'),
              submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }],
            } as MenuItemSpec,
          ]
        : []),
    ],
  };

  const window: MenuItemSpec = {
    label: t('menu.window'),
    ...(mac ? { role: 'windowMenu' } : {}),
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: MenuItemSpec = {
    label: t('menu.help'),
    submenu: [
      ...(mac ? [] : [{ label: t('menu.about'), command: 'about' } as MenuItemSpec]),
      ...(mac ? [] : [{ label: t('menu.checkForUpdates'), command: 'check-for-updates' } as MenuItemSpec]),
      ...(mac ? [] : [separator]),
      { label: t('menu.showDataFolder'), command: 'show-data-folder' },
      { label: t('menu.showLogFolder'), command: 'show-log-folder' },
    ],
  };

  return mac ? [appMenu, file, edit, view, window, help] : [file, edit, view, window, help];
}

/** Every item of a template, depth first: tests and the wiring look items up by command. */
export function flattenMenu(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flattenMenu(item.submenu ?? [])]);
}
