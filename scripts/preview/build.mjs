// Bundles the preview server to dist/preview/server.mjs so it starts in a fraction of a
// second (each e2e test starts its own). dist/preview sits two levels under the repo root,
// like scripts/preview, so the server finds dist/renderer and db/migrations the same way.
import { build } from 'esbuild';

await build({
  entryPoints: ['scripts/preview/server.ts'],
  outfile: 'dist/preview/server.mjs',
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
