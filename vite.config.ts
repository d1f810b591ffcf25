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
    // Loaded from local disk, never over a network: one larger chunk costs nothing here.
    chunkSizeWarningLimit: 2000,
  },
});
