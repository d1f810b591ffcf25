import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Electron executable if its binary was actually downloaded, else null. Reads the npm package's
 * `path.txt` instead of `require('electron')`, because that require tries to download the binary on
 * first use, which hangs or fails on machines without access to GitHub.
 */
export function findElectronBinary(fromDir: string): string | null {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(path.join(fromDir, 'noop.js')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
