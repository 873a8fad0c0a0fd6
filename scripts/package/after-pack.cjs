// electron-builder afterPack hook: refuse a package whose better-sqlite3 prebuild is not the one
// for its target. electron-builder.yml keeps only `${platform}-${arch}.node` of the BUILD machine,
// so building Windows installers on Linux (say) would otherwise ship a Linux .node file and an app
// that cannot open its database. Electron on Linux uses glibc, so `linux-<arch>.node` is right there.
const fs = require('node:fs');
const path = require('node:path');

// electron-builder's Arch enum, by value (builder-util's `Arch`), kept here so the hook needs no import.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** @param {import('app-builder-lib').AfterPackContext} context */
exports.default = async function verifyNativeModule(context) {
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch];
  const prebuilds = path.join(
    context.packager.getResourcesDir(context.appOutDir),
    'app.asar.unpacked',
    'node_modules',
    'better-sqlite3',
    'prebuilds',
  );
  const expected = `${platform}-${arch}.node`;
  const found = fs.existsSync(prebuilds) ? fs.readdirSync(prebuilds) : [];
  if (found.length !== 1 || found[0] !== expected) {
    throw new Error(
      `Caseport package for ${platform}-${arch} must carry exactly better-sqlite3's ${expected} outside the asar; found [${found.join(', ')}]. Build each installer on its own operating system.`,
    );
  }
};
