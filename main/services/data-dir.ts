import path from 'node:path';

/** Folder name under the OS's per-user app-data folder; ASCII so paths survive every tool and codepage. */
export const DATA_DIR_NAME = 'BinhAn';

/**
 * Where main keeps its files (keys, outbox, sent bundles): `BINHAN_DATA_DIR` if set, otherwise the
 * OS's per-user app-data folder — the same place the Electron app uses, so both transports agree.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  const fromEnv = env.BINHAN_DATA_DIR?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), DATA_DIR_NAME);
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', DATA_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), DATA_DIR_NAME);
}
