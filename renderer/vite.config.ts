import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built to static files: Electron serves them over app://, the preview over HTTP.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Inline assets would need 'unsafe-inline'-style CSP exceptions; keep every asset a file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Loaded from local disk, never over a network: one ~500 kB bundle is fine.
    chunkSizeWarningLimit: 1024,
  },
});
