/**
 * Packs Caseport with electron-builder exactly as `npm run dist` would, but offline: `--dir`
 * (no installer), for Linux x64, against a stand-in Electron distribution made here. The
 * stand-in is a tiny executable that carries only Electron's fuse wire (the sentinel
 * @electron/fuses looks for, set to Electron's factory defaults), so electron-builder really
 * flips the fuses and the test reads them back. It proves the package layout, the hook and the
 * fuse step; it cannot prove that the real binary starts, which only a real build can.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getRawHeader } from '@electron/asar';
import { type FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';
import { parse, stringify } from 'yaml';
import type { BuilderConfig, PackagedFile, PackagedLayout } from './layout';

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's own defaults, index by index (see FuseV1Options): RunAsNode on, cookie encryption
 * off, NODE_OPTIONS on, --inspect on, ASAR integrity off, only-from-asar off, browser V8
 * snapshot off, file:// privileges on. The packaged app must end up with the opposite where we
 * ask for it, so a skipped fuse step shows.
 */
const ELECTRON_DEFAULT_WIRE = '10110001';

export function readBuilderConfig(projectDir: string): BuilderConfig {
  return parse(fs.readFileSync(path.join(projectDir, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

export function migrationFiles(projectDir: string): string[] {
  return fs
    .readdirSync(path.join(projectDir, 'db', 'migrations'))
    .filter((name) => name.endsWith('.sql'))
    .sort();
}

/** Builds dist/ with the project's own build script (`npm run build`), as `npm run dist` does. */
export function buildApp(projectDir: string): void {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: projectDir, stdio: 'pipe' });
}

/** A folder electron-builder accepts as `electronDist` for Linux: it renames `electron` to the app's name. */
export function makeStandInElectron(dir: string, version: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const script = `#!/bin/sh\necho "stand-in Electron: the packaging test checks layout only" >&2\nexit 1\n`;
  const wire = Buffer.concat([
    Buffer.from(`# ${FUSE_SENTINEL}`, 'latin1'),
    Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_DEFAULT_WIRE, 'latin1'),
    Buffer.from('\n', 'latin1'),
  ]);
  fs.writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.from(script, 'latin1'), wire]), {
    mode: 0o755,
  });
  fs.writeFileSync(path.join(dir, 'version'), version);
}

type FuseWire = Awaited<ReturnType<typeof getCurrentFuseWire>>;

export interface OfflinePackage {
  appOutDir: string;
  layout: PackagedLayout;
  fuses: FuseWire;
}

/**
 * Runs electron-builder `--dir` for linux-x64 with `config` (electron-builder.yml as parsed, maybe
 * altered by a test) and reads back what it produced.
 */
export async function packOffline(
  projectDir: string,
  workDir: string,
  config: BuilderConfig,
): Promise<OfflinePackage> {
  const electronVersion = String(
    JSON.parse(fs.readFileSync(path.join(projectDir, 'node_modules', 'electron', 'package.json'), 'utf8'))
      .version,
  );
  const electronDist = path.join(workDir, 'electron-dist');
  makeStandInElectron(electronDist, electronVersion);
  const output = path.join(workDir, 'out');
  // A config file (not an object) so nothing from the project's electron-builder.yml is merged back in.
  const configFile = path.join(workDir, 'electron-builder.yml');
  const directories = { ...(config.directories as object), output };
  fs.writeFileSync(configFile, stringify({ ...config, electronDist, electronVersion, directories }));

  await build({
    projectDir,
    config: configFile,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
  });

  const appOutDir = path.join(output, 'linux-unpacked');
  const resources = path.join(appOutDir, 'resources');
  return {
    appOutDir,
    layout: {
      files: readAsarFiles(path.join(resources, 'app.asar')),
      unpackedOnDisk: listFiles(path.join(resources, 'app.asar.unpacked')),
      platform: 'linux',
      arch: 'x64',
    },
    fuses: await getCurrentFuseWire(path.join(appOutDir, 'caseport')),
  };
}

interface HeaderNode {
  files?: Record<string, HeaderNode>;
  unpacked?: boolean;
}

/** Every file in an asar archive's header, with its unpacked flag. */
export function readAsarFiles(archive: string): PackagedFile[] {
  const out: PackagedFile[] = [];
  const walk = (node: HeaderNode, prefix: string): void => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const filePath = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, filePath);
      else out.push({ path: filePath, unpacked: child.unpacked === true });
    }
  };
  walk(getRawHeader(archive).header as HeaderNode, '');
  return out;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((entry) => fs.statSync(path.join(dir, entry)).isFile())
    .map((entry) => entry.split(path.sep).join('/'));
}

/** Fuse states as written by @electron/fuses: '0' disabled, '1' enabled. */
export function fuseState(fuses: FuseWire, option: FuseV1Options): 'enabled' | 'disabled' | 'other' {
  const value = (fuses as unknown as Record<number, number>)[option];
  return value === 49 ? 'enabled' : value === 48 ? 'disabled' : 'other';
}
