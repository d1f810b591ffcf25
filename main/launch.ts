import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './services/electron-binary';
import { runWebHost } from './web/run';

/** `npm start`: the desktop app where Electron's binary is installed, otherwise the same app via the web host. */
const here = path.dirname(fileURLToPath(import.meta.url));
const electron = findElectronBinary(here);
if (electron) {
  const child = spawn(electron, [path.resolve(here, '..', '..')], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Không có bản chạy Electron trên máy này (chưa tải được) — mở Bình An qua máy chủ web cục bộ / Electron binary not installed: serving the app through the web host.',
  );
  runWebHost().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
