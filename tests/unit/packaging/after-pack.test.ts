import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The afterPack hook is the guard against shipping another platform's better-sqlite3 build
// (electron-builder.yml keeps only the build machine's prebuild).
const require = createRequire(import.meta.url);
const hook = require('../../../scripts/package/after-pack.cjs') as {
  default: (context: unknown) => Promise<void>;
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function packagedWith(prebuilds: string[]) {
  const appOutDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-afterpack-'));
  dirs.push(appOutDir);
  const dir = path.join(
    appOutDir,
    'resources',
    'app.asar.unpacked',
    'node_modules',
    'better-sqlite3',
    'prebuilds',
  );
  fs.mkdirSync(dir, { recursive: true });
  for (const name of prebuilds) fs.writeFileSync(path.join(dir, name), '');
  return (electronPlatformName: string, arch: number) => ({
    appOutDir,
    electronPlatformName,
    arch,
    packager: { getResourcesDir: (out: string) => path.join(out, 'resources') },
  });
}

const X64 = 1;
const ARM64 = 3;

describe('afterPack native-module check', () => {
  it('accepts exactly the target’s prebuild', async () => {
    await expect(hook.default(packagedWith(['win32-arm64.node'])('win32', ARM64))).resolves.toBeUndefined();
    await expect(hook.default(packagedWith(['darwin-x64.node'])('darwin', X64))).resolves.toBeUndefined();
  });

  it('refuses a Linux prebuild in a Windows package (a cross-build)', async () => {
    await expect(hook.default(packagedWith(['linux-x64.node'])('win32', X64))).rejects.toThrow(
      /must carry exactly better-sqlite3's win32-x64\.node .* found \[linux-x64\.node\]/,
    );
  });

  it('refuses a package with no prebuild or with several', async () => {
    await expect(hook.default(packagedWith([])('linux', X64))).rejects.toThrow(/found \[\]/);
    await expect(
      hook.default(packagedWith(['linux-x64.node', 'linux-arm64.node'])('linux', X64)),
    ).rejects.toThrow(
      /found \[linux-arm64\.node, linux-x64\.node\]|found \[linux-x64\.node, linux-arm64\.node\]/,
    );
  });
});
