/**
 * What a packaged Caseport must contain, as pure checks that return the problems they find.
 * The offline packaging test (tests/unit/packaging/) feeds them a real `electron-builder --dir`
 * build; the same test feeds them planted omissions to prove each check can fail.
 */

/** One file of the packaged app, relative to the app root, and whether it lives outside app.asar. */
export interface PackagedFile {
  path: string;
  unpacked: boolean;
}

export interface PackagedLayout {
  /** Every file in app.asar's header (unpacked ones are listed there too, flagged). */
  files: PackagedFile[];
  /** Files actually present in app.asar.unpacked, relative to it. */
  unpackedOnDisk: string[];
  /** Node's names for the target: better-sqlite3 names its prebuilds `${platform}-${arch}.node`. */
  platform: 'linux' | 'darwin' | 'win32';
  arch: 'x64' | 'arm64';
}

/** The bundles scripts/build-main.mjs writes: main process, preload, data-service worker. */
export const REQUIRED_BUNDLES = [
  'dist/main/index.cjs',
  'dist/main/preload.cjs',
  'dist/main/data-service.cjs',
];

/**
 * Only these may ship. Everything else in the repository (sources, tests, scripts, docs, the
 * preview server, source maps, dev dependencies) stays out: it is dead weight at best and, for
 * the preview server, a second way into the data.
 */
const ALLOWED = [
  /^package\.json$/,
  /^dist\/main\/[^/]+\.cjs$/,
  /^dist\/renderer\/(?!.*\.map$).+/,
  /^db\/migrations\/(meta\/_journal\.json|meta\/\d{4}_snapshot\.json|\d{4}_[\w-]+\.sql)$/,
  /^node_modules\/better-sqlite3\/(package\.json|LICENSE|lib\/.+\.js|prebuilds\/[\w-]+\.node)$/,
];

export function layoutProblems(layout: PackagedLayout, migrationFiles: string[]): string[] {
  const problems: string[] = [];
  const byPath = new Map(layout.files.map((f) => [f.path, f]));

  for (const bundle of REQUIRED_BUNDLES) {
    const file = byPath.get(bundle);
    if (!file) problems.push(`missing from app.asar: ${bundle}`);
    else if (file.unpacked)
      problems.push(`${bundle} must be inside app.asar (integrity-checked), not unpacked`);
  }
  if (!byPath.has('dist/renderer/index.html'))
    problems.push('missing from app.asar: dist/renderer/index.html');
  if (!layout.files.some((f) => /^dist\/renderer\/assets\/.+\.js$/.test(f.path))) {
    problems.push('missing from app.asar: the renderer bundle (dist/renderer/assets/*.js)');
  }

  // db/migrate.ts refuses to start without the journal; a missing .sql would fail mid-upgrade.
  for (const name of ['meta/_journal.json', ...migrationFiles]) {
    const file = byPath.get(`db/migrations/${name}`);
    if (!file) problems.push(`missing from app.asar: db/migrations/${name}`);
    else if (file.unpacked) problems.push(`db/migrations/${name} must be inside app.asar`);
  }

  const expectedNative = `node_modules/better-sqlite3/prebuilds/${layout.platform}-${layout.arch}.node`;
  const natives = layout.files.filter((f) => f.path.endsWith('.node'));
  if (!natives.some((f) => f.path === expectedNative))
    problems.push(`missing native module: ${expectedNative}`);
  for (const native of natives) {
    if (native.path !== expectedNative)
      problems.push(`native module for another target shipped: ${native.path}`);
    // Electron cannot dlopen a file inside an archive: it must be flagged and present on disk.
    if (!native.unpacked) problems.push(`${native.path} is packed inside app.asar; it must be unpacked`);
  }
  if (!layout.unpackedOnDisk.includes(expectedNative)) {
    problems.push(`app.asar.unpacked lacks ${expectedNative}: Electron would fail to open the database`);
  }

  for (const file of layout.files) {
    if (!ALLOWED.some((pattern) => pattern.test(file.path)))
      problems.push(`not a production file: ${file.path}`);
  }
  return problems;
}

/** The part of electron-builder's configuration these checks read (parsed from electron-builder.yml). */
export interface BuilderConfig {
  [key: string]: unknown;
}

type Dict = Record<string, unknown>;
const dict = (value: unknown): Dict => (value && typeof value === 'object' ? (value as Dict) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** Fuse settings Caseport requires, each with the attack it closes. */
export const REQUIRED_FUSES: Record<string, { value: boolean; why: string }> = {
  runAsNode: { value: false, why: 'ELECTRON_RUN_AS_NODE would turn the app into a plain Node runtime' },
  enableNodeOptionsEnvironmentVariable: { value: false, why: 'NODE_OPTIONS could inject code' },
  enableNodeCliInspectArguments: { value: false, why: '--inspect would open a debugger on the data' },
  enableEmbeddedAsarIntegrityValidation: { value: true, why: 'a modified app.asar must not run' },
  onlyLoadAppFromAsar: { value: true, why: 'an app folder beside the asar must not be loaded instead' },
  enableCookieEncryption: { value: true, why: 'cookies at rest are encrypted with the OS keychain' },
};

function targetArchs(section: unknown, name: string): string[] | null {
  for (const entry of list(dict(section).target)) {
    if (entry === name) return ['x64'];
    const target = dict(entry);
    if (target.target === name) return list(target.arch).map(String);
  }
  return null;
}

export function configProblems(config: BuilderConfig): string[] {
  const problems: string[] = [];
  const fuses = dict(config.electronFuses);
  for (const [fuse, { value, why }] of Object.entries(REQUIRED_FUSES)) {
    if (fuses[fuse] !== value) problems.push(`electronFuses.${fuse} must be ${value}: ${why}`);
  }

  if (config.npmRebuild !== false)
    problems.push('npmRebuild must be false: better-sqlite3 ships N-API prebuilds');
  if (config.asar === false) problems.push('asar must stay on (integrity validation needs it)');
  if (!list(config.asarUnpack).includes('**/*.node')) problems.push('asarUnpack must include **/*.node');
  const files = list(config.files).map(String);
  for (const required of ['package.json', 'dist/main/**', 'dist/renderer/**', 'db/migrations/**']) {
    if (!files.includes(required)) problems.push(`files must include ${required}`);
  }
  if (!files.includes('!**/*.map')) problems.push('files must exclude source maps (!**/*.map)');
  if (!config.afterPack) problems.push('afterPack must verify the native module for the target');
  if ('version' in config || 'version' in dict(config.extraMetadata)) {
    problems.push('the version must come from package.json alone');
  }

  const nsis = dict(config.nsis);
  if (nsis.perMachine !== false || nsis.allowElevation !== false || nsis.oneClick !== false) {
    problems.push(
      'nsis must install per user without administrator rights (perMachine/allowElevation/oneClick false)',
    );
  }
  const winArchs = targetArchs(config.win, 'nsis');
  if (!winArchs?.includes('x64') || !winArchs.includes('arm64'))
    problems.push('win nsis must build x64 and arm64');

  const mac = dict(config.mac);
  const macArchs = targetArchs(mac, 'dmg');
  if (!macArchs?.includes('x64') || !macArchs.includes('arm64'))
    problems.push('mac dmg must build x64 and arm64');
  if (mac.hardenedRuntime !== true)
    problems.push('mac.hardenedRuntime must be true (notarization requires it)');
  if (!mac.entitlements || !mac.entitlementsInherit) problems.push('mac must name its entitlements');
  if (mac.notarize === false) problems.push('mac.notarize must stay driven by the environment, not off');

  for (const target of ['AppImage', 'deb']) {
    if (!targetArchs(config.linux, target)) problems.push(`linux must build ${target}`);
  }
  for (const section of ['win', 'mac', 'linux']) {
    if (!dict(config[section]).icon) problems.push(`${section}.icon must be set`);
    // A `files` list in a platform section makes electron-builder pack the whole source tree.
    if ('files' in dict(config[section]))
      problems.push(`${section}.files must not be set; use top-level files`);
  }
  return problems;
}

/** Width and height of a PNG, read from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG file');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
