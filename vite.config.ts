import { defineConfig } from 'vite';

// The renderer: React + Monaco, built to dist/renderer and served by the Electron protocol
// handler (verso://app/) or the browser host (http://127.0.0.1:PORT/). Paths are relative so
// both hosts serve the same files.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 8000,
  },
  worker: { format: 'es' },
});
