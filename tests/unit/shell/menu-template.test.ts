import { describe, expect, it } from 'vitest';
import { routeForCommand } from '../../../main/shell/deep-link';
import { flattenMenu, type MenuItemSpec, menuTemplate, shortcut } from '../../../main/shell/menu-template';

const base = {
  locale: 'en' as const,
  openAtLogin: false,
  keepRunning: true,
  developer: false,
  openAtLoginSupported: true,
};
const mac = menuTemplate({ ...base, platform: 'darwin' });
const win = menuTemplate({ ...base, platform: 'win32' });
const linux = menuTemplate({ ...base, platform: 'linux', openAtLoginSupported: false });

const labels = (menu: MenuItemSpec[]) => menu.map((m) => m.label);
const submenu = (menu: MenuItemSpec[], label: string) => menu.find((m) => m.label === label)?.submenu ?? [];
const byCommand = (menu: MenuItemSpec[], command: string) =>
  flattenMenu(menu).find((m) => m.command === command);

describe('application menu', () => {
  it('has the macOS app menu first, then File, Edit, View, Window, Help', () => {
    expect(labels(mac)).toEqual(['Caseport', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(win)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(linux)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('offers New client, Import, Back up now and Export in File, with Cmd on macOS and Ctrl elsewhere', () => {
    for (const [menu, modifier] of [
      [mac, 'Cmd'],
      [win, 'Ctrl'],
      [linux, 'Ctrl'],
    ] as const) {
      const file = submenu(menu, 'File');
      expect(file.filter((i) => i.label).map((i) => i.label)).toEqual(
        expect.arrayContaining(['New client', 'Import…', 'Back up now', 'Export']),
      );
      expect(byCommand(menu, 'new-client')?.accelerator).toBe(`${modifier}+N`);
      expect(byCommand(menu, 'back-up-now')?.accelerator).toBe(`${modifier}+Shift+B`);
      expect(byCommand(menu, 'settings')?.accelerator).toBe(`${modifier}+,`);
      const accelerators = flattenMenu(menu).flatMap((i) => (i.accelerator ? [i.accelerator] : []));
      expect(accelerators.every((a) => a.startsWith(`${modifier}+`))).toBe(true);
    }
    expect(shortcut('darwin', 'N')).toBe('Cmd+N');
    expect(shortcut('win32', 'N')).toBe('Ctrl+N');
  });

  it('puts About under the app menu on macOS and under Help elsewhere, beside Check for updates', () => {
    expect(submenu(mac, 'Caseport').map((i) => i.command ?? i.role)).toEqual(
      expect.arrayContaining(['about', 'check-for-updates', 'services', 'hide', 'quit']),
    );
    expect(submenu(mac, 'Help').some((i) => i.command === 'about')).toBe(false);
    for (const menu of [win, linux]) {
      const help = submenu(menu, 'Help').map((i) => i.command);
      expect(help).toEqual(
        expect.arrayContaining(['about', 'check-for-updates', 'show-data-folder', 'show-log-folder']),
      );
      // Quit lives at the end of File on Windows and Linux.
      expect(submenu(menu, 'File').at(-1)?.role).toBe('quit');
    }
  });

  it('keeps Edit as the OS roles (so text fields get undo, copy and paste) and Window per platform', () => {
    for (const menu of [mac, win, linux]) {
      expect(submenu(menu, 'Edit').map((i) => i.role)).toEqual(
        expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
      );
    }
    expect(submenu(mac, 'Window').map((i) => i.role)).toEqual(
      expect.arrayContaining(['minimize', 'zoom', 'front']),
    );
    expect(submenu(win, 'Window').map((i) => i.role)).toEqual(['minimize', 'close']);
  });

  it('shows developer tools only in development', () => {
    expect(flattenMenu(win).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(
      flattenMenu(menuTemplate({ ...base, platform: 'win32', developer: true })).some(
        (i) => i.role === 'toggleDevTools',
      ),
    ).toBe(true);
  });

  it('shows the login and background settings as checkboxes, login only where the OS supports it', () => {
    const checked = menuTemplate({ ...base, platform: 'win32', openAtLogin: true, keepRunning: false });
    expect(byCommand(checked, 'toggle-open-at-login')).toMatchObject({ type: 'checkbox', checked: true });
    expect(byCommand(checked, 'toggle-keep-running')).toMatchObject({ type: 'checkbox', checked: false });
    expect(byCommand(linux, 'toggle-open-at-login')).toBeUndefined();
    expect(byCommand(linux, 'toggle-keep-running')).toBeDefined();
  });

  it('speaks French for a French system', () => {
    const fr = menuTemplate({ ...base, platform: 'win32', locale: 'fr' });
    expect(labels(fr)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(byCommand(fr, 'new-client')?.label).toBe('Nouveau client');
  });

  it('sends every screen command to a screen the app has', () => {
    expect(routeForCommand('new-client')).toBe('/clients/new');
    expect(routeForCommand('import')).toBe('/import');
    expect(routeForCommand('export-deadlines')).toBe('/deadlines');
    expect(routeForCommand('settings')).toBe('/settings');
    // Backing up runs in the data service (attributed to whoever is working), not on a screen.
    expect(routeForCommand('back-up-now')).toBeNull();
  });
});
