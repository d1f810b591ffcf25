import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Name and version from package.json, found next to the bundled entry (dist/main → ../..). */
export function readPackageInfo(fromDir: string): { name: string; version: string } {
  for (const dir of [path.resolve(fromDir, '..', '..'), path.resolve(fromDir, '..'), process.cwd()]) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        productName?: string;
        version?: string;
      };
      if (pkg.version) return { name: pkg.productName ?? 'Bình An', version: pkg.version };
    } catch {
      // not this folder; try the next
    }
  }
  return { name: 'Bình An', version: '0.0.0' };
}
