import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configProblems, layoutProblems, pngSize, REQUIRED_BUNDLES } from '../../../scripts/package/layout';
import {
  buildApp,
  fuseState,
  migrationFiles,
  type OfflinePackage,
  packOffline,
  readBuilderConfig,
} from '../../../scripts/package/pack-offline';

// The offline packaging test: electron-builder `--dir` for linux-x64 against a stand-in Electron
// (scripts/package/pack-offline.ts explains what the stand-in can and cannot prove).
const projectDir = path.resolve(import.meta.dirname, '..', '..', '..');
const config = readBuilderConfig(projectDir);
const migrations = migrationFiles(projectDir);
const workDirs: string[] = [];
let packaged: OfflinePackage;

function workDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-pack-'));
  workDirs.push(dir);
  return dir;
}

beforeAll(async () => {
  buildApp(projectDir);
  packaged = await packOffline(projectDir, workDir(), config);
}, 120_000);

afterAll(() => {
  for (const dir of workDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the packaged app (electron-builder --dir, linux-x64)', () => {
  it('holds main, preload, worker, renderer and every migration in app.asar, the right native module outside it, and nothing else', () => {
    expect(layoutProblems(packaged.layout, migrations)).toEqual([]);
    const paths = packaged.layout.files.map((f) => f.path);
    for (const bundle of REQUIRED_BUNDLES) expect(paths).toContain(bundle);
    expect(packaged.layout.unpackedOnDisk.filter((f) => f.endsWith('.node'))).toEqual([
      'node_modules/better-sqlite3/prebuilds/linux-x64.node',
    ]);
  });

  it('puts the tray images beside app.asar, where the shell reads them', () => {
    const tray = path.join(packaged.appOutDir, 'resources', 'tray');
    expect(fs.readdirSync(tray).sort()).toEqual([
      'tray.png',
      'tray@2x.png',
      'trayTemplate.png',
      'trayTemplate@2x.png',
    ]);
  });

  it('ships no tests, sources, scripts, source maps or dev dependencies', () => {
    const paths = packaged.layout.files.map((f) => f.path);
    expect(paths.filter((p) => /^(tests|scripts|main|renderer|docs|dist\/preview)\//.test(p))).toEqual([]);
    expect(paths.filter((p) => p.endsWith('.map') || p.endsWith('.ts'))).toEqual([]);
    expect(
      paths.filter((p) => p.startsWith('node_modules/') && !p.startsWith('node_modules/better-sqlite3/')),
    ).toEqual([]);
  });

  it('has its fuses flipped by electron-builder from the configuration', () => {
    // The stand-in binary started with Electron's defaults; these are what the config asks for.
    expect(fuseState(packaged.fuses, FuseV1Options.RunAsNode)).toBe('disabled');
    expect(fuseState(packaged.fuses, FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('disabled');
    expect(fuseState(packaged.fuses, FuseV1Options.EnableNodeCliInspectArguments)).toBe('disabled');
    expect(fuseState(packaged.fuses, FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('enabled');
    expect(fuseState(packaged.fuses, FuseV1Options.OnlyLoadAppFromAsar)).toBe('enabled');
    expect(fuseState(packaged.fuses, FuseV1Options.EnableCookieEncryption)).toBe('enabled');
    expect(fuseState(packaged.fuses, FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('disabled');
  });

  it('fails when a real build leaves the migrations out', async () => {
    const files = (config.files as string[]).filter((pattern) => pattern !== 'db/migrations/**');
    const planted = await packOffline(projectDir, workDir(), { ...config, files });
    const problems = layoutProblems(planted.layout, migrations);
    expect(problems).toContain('missing from app.asar: db/migrations/meta/_journal.json');
    expect(problems).toContain(`missing from app.asar: db/migrations/${migrations[0]}`);
  }, 60_000);
});

describe('the layout check, on planted omissions', () => {
  const without = (predicate: (p: string) => boolean) => ({
    ...packaged.layout,
    files: packaged.layout.files.filter((f) => !predicate(f.path)),
    unpackedOnDisk: packaged.layout.unpackedOnDisk.filter((p) => !predicate(p)),
  });

  it('reports a missing native module', () => {
    expect(
      layoutProblems(
        without((p) => p.endsWith('.node')),
        migrations,
      ),
    ).toContain('missing native module: node_modules/better-sqlite3/prebuilds/linux-x64.node');
  });

  it('reports the worker, the preload or the renderer missing', () => {
    expect(
      layoutProblems(
        without((p) => p === 'dist/main/data-service.cjs'),
        migrations,
      ),
    ).toContain('missing from app.asar: dist/main/data-service.cjs');
    expect(
      layoutProblems(
        without((p) => p === 'dist/main/preload.cjs'),
        migrations,
      ),
    ).toContain('missing from app.asar: dist/main/preload.cjs');
    expect(
      layoutProblems(
        without((p) => p.startsWith('dist/renderer/')),
        migrations,
      ),
    ).toContain('missing from app.asar: dist/renderer/index.html');
  });

  it('reports a native module packed inside the archive, another target’s module, and a test file', () => {
    const layout = {
      ...packaged.layout,
      files: [
        ...packaged.layout.files.map((f) => (f.path.endsWith('.node') ? { ...f, unpacked: false } : f)),
        { path: 'node_modules/better-sqlite3/prebuilds/win32-x64.node', unpacked: true },
        { path: 'tests/unit/db/migrations.test.ts', unpacked: false },
      ],
    };
    const problems = layoutProblems(layout, migrations);
    expect(problems).toContain(
      'node_modules/better-sqlite3/prebuilds/linux-x64.node is packed inside app.asar; it must be unpacked',
    );
    expect(problems).toContain(
      'native module for another target shipped: node_modules/better-sqlite3/prebuilds/win32-x64.node',
    );
    expect(problems).toContain('not a production file: tests/unit/db/migrations.test.ts');
  });
});

describe('electron-builder.yml', () => {
  it('asks for every installer, fuse and packaging rule Caseport relies on', () => {
    expect(configProblems(config)).toEqual([]);
  });

  it('is refused when a fuse, the per-user install or the native-module rules are weakened', () => {
    const fuses = { ...(config.electronFuses as object), runAsNode: true };
    expect(configProblems({ ...config, electronFuses: fuses })).toEqual([
      'electronFuses.runAsNode must be false: ELECTRON_RUN_AS_NODE would turn the app into a plain Node runtime',
    ]);
    const nsis = { ...(config.nsis as object), perMachine: true };
    expect(configProblems({ ...config, nsis })).toHaveLength(1);
    expect(configProblems({ ...config, npmRebuild: true, asarUnpack: [] })).toHaveLength(2);
    const files = (config.files as string[]).filter((p) => p !== 'db/migrations/**');
    expect(configProblems({ ...config, files })).toEqual(['files must include db/migrations/**']);
    const linux = { ...(config.linux as object), files: ['!foo'] };
    expect(configProblems({ ...config, linux })).toEqual([
      'linux.files must not be set; use top-level files',
    ]);
  });

  it('names icons and entitlements that exist, with an app icon of at least 512 px', () => {
    const mac = config.mac as { icon: string; entitlements: string };
    const win = config.win as { icon: string };
    for (const file of [mac.icon, mac.entitlements, win.icon, 'build/icon.png', 'build/icons/512x512.png']) {
      expect(fs.existsSync(path.join(projectDir, file)), file).toBe(true);
    }
    const { width, height } = pngSize(fs.readFileSync(path.join(projectDir, 'build', 'icon.png')));
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(512);
  });
});
