import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronStandIn, FakeWindow } from './electron-stand-in';

// The real main-process bundle and the real data-service worker, started under Node with a
// recording stand-in for `electron` (./electron-stand-in.ts): a check of main/index.ts and
// main/shell/native.ts wiring that cannot otherwise run without the Electron binary.
const projectDir = path.resolve(import.meta.dirname, '..', '..', '..');
// Inside the project, so the bundles resolve better-sqlite3 from its node_modules.
const outDir = path.join(projectDir, 'node_modules', '.cache', `caseport-wiring-${process.pid}`);
const userData = path.join(outDir, 'user-data');
const standIn = electronStandIn({ userData, appPath: projectDir, platform: process.platform });
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };
const originalLoad = moduleInternals._load;

async function until<T>(read: () => T | undefined | null | false, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

beforeAll(async () => {
  fs.mkdirSync(userData, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node' as const,
    target: 'node22',
    format: 'cjs' as const,
    external: ['electron', 'better-sqlite3'],
    logLevel: 'silent' as const,
  };
  await build({
    ...common,
    entryPoints: ['main/index.ts'],
    outfile: path.join(outDir, 'index.cjs'),
    absWorkingDir: projectDir,
  });
  await build({
    ...common,
    entryPoints: ['main/data-service/worker.ts'],
    outfile: path.join(outDir, 'data-service.cjs'),
    absWorkingDir: projectDir,
  });
  // Electron always sets it (the folder holding app.asar); Node does not.
  Object.assign(process, { resourcesPath: path.join(outDir, 'resources') });
  moduleInternals._load = (request, parent, isMain) =>
    request === 'electron' ? standIn.module : originalLoad(request, parent, isMain);
  // Loading the bundle runs main/index.ts: single-instance lock, whenReady -> start().
  Module.createRequire(path.join(outDir, 'index.cjs'))(path.join(outDir, 'index.cjs'));
}, 60_000);

afterAll(async () => {
  moduleInternals._load = originalLoad;
  // will-quit closes the data service cleanly before the folder goes.
  standIn.app.emit('will-quit', { preventDefault() {} });
  await new Promise((resolve) => setTimeout(resolve, 500));
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('main process wiring (stand-in Electron, real worker)', () => {
  it('starts the data service, then installs the menu and tray and opens the window at its placement', async () => {
    const window = await until(() => FakeWindow.all[0], 'the main window');
    expect(window.url).toBe('app://caseport/index.html#/');
    expect(window.options).toMatchObject({
      width: 1280,
      height: 820,
      // Isolated and sandboxed, and no spellchecker: Chromium's downloads dictionaries from
      // Google, and nothing may leave the computer.
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, spellcheck: false },
    });
    const menu = standIn.menus.application as Array<{ label: string }>;
    expect(menu.map((m) => m.label)).toContain('File');
    expect(standIn.trays).toHaveLength(1);
    // The tray count came from the worker's dashboard: nothing is due in a new data folder.
    await until(() => standIn.trays[0]?.tooltip.includes('nothing due today'), 'the tray count');
  }, 30_000);

  it('hides the window on close (reminders keep running); the tray and the menu bring it back to a screen', async () => {
    const window = await until(() => FakeWindow.all[0], 'the main window');
    window.show();
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.visible).toBe(false);
    // The first close tells, once, that Caseport is still running.
    expect(standIn.notifications.map((n) => n.options.title)).toEqual(['Caseport is still running']);
    standIn.app.emit('window-all-closed');
    expect(standIn.app.quitCalls).toBe(0);

    standIn.trays[0]?.emit('click');
    expect(window.visible).toBe(true);
    // Back on the screen the person left: the tray sends no route. (Other events, such as the
    // start-up backup's progress, may reach the window meanwhile.)
    const routes = () => window.webContents.sent.filter((m) => m.channel === 'caseport:event:navigate');
    expect(routes()).toEqual([]);

    type Item = { label?: string; click?: () => void; submenu?: Item[] };
    const items = (menu: Item[]): Item[] => menu.flatMap((i) => [i, ...items(i.submenu ?? [])]);
    const newClient = items(standIn.menus.application as Item[]).find((i) => i.label === 'New client');
    newClient?.click?.();
    expect(window.webContents.sent).toContainEqual({
      channel: 'caseport:event:navigate',
      payload: '/clients/new',
    });
    expect(FakeWindow.all).toHaveLength(1);
  });

  it('remembers where the window was', async () => {
    const file = path.join(userData, 'window-state.json');
    await until(() => fs.existsSync(file), 'window-state.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
      bounds: { x: 320, y: 110, width: 1280, height: 820 },
      maximized: false,
    });
  });
});
