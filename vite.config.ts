import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: relative base so the same build loads from app:// (Electron) and http://127.0.0.1 (web host).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // .vite/manifest.json: which chunk imports which, for the start figure of `npm run bench`.
    manifest: true,
    // Loaded from local disk, never over a network: a large chunk behind import() (exceljs) costs nothing
    // until used. What the start loads is measured by `npm run bench -- --only start`.
    chunkSizeWarningLimit: 2000,
  },
});
