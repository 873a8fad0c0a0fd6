// Bundles the preview server to dist/preview/server.mjs so it starts in a fraction of a
// second (each e2e test starts its own). dist/preview sits two levels under the repo root,
// like scripts/preview, so the server finds dist/renderer and db/migrations the same way.
import { build } from 'esbuild';

// The data-service worker is bundled beside the server, exactly as for Electron (build-main.mjs).
await build({
  entryPoints: {
    server: 'scripts/preview/server.ts',
    'data-service': 'main/data-service/worker.ts',
  },
  outdir: 'dist/preview',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  external: ['better-sqlite3'],
  // Bundled CommonJS packages call require(); give them one in ESM.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
