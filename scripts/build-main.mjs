// Bundles the Electron main process and preload into dist/main as CommonJS.
// The sandboxed preload must be a single CJS file; the main bundle keeps better-sqlite3
// (native, loaded from node_modules / app.asar.unpacked) and electron outside.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'info',
  external: ['electron', 'better-sqlite3'],
};

await build({ ...common, entryPoints: ['main/index.ts'], outfile: 'dist/main/index.cjs' });
await build({ ...common, entryPoints: ['main/preload.ts'], outfile: 'dist/main/preload.cjs' });
// The data service runs in a worker thread: it owns SQLite, so the main process never waits on it.
await build({
  ...common,
  entryPoints: ['main/data-service/worker.ts'],
  outfile: 'dist/main/data-service.cjs',
});
