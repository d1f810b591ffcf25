import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The participant import benchmark page: the real store and feature code, built like the renderer.
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench/import-page', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: fileURLToPath(new URL('import-index.html', import.meta.url)) },
  },
});
