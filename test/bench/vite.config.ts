import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The benchmark page: the real store code, built like the renderer, served by test/bench/run.ts.
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench/page', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 4000,
  },
});
