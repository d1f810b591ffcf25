import path from 'node:path';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { TEMP_MARK } from '../fs/write-file-atomic';

/**
 * Which of main's files a backup carries: the folders of keys (sealed), trust, authority, sent
 * bundles, inbox, the e-mail outbox and mail settings, and office.json. Not web-host.json (the web
 * host's own address and launch secret belong to that computer) nor audit-head.json (a restore sets it
 * from the backup's own audit log), and nothing else of the folder — in Electron it is also Chromium's profile.
 */
export const BACKED_UP_DIRS = ['keys', 'trust', 'authority', 'sent', 'inbox', 'outbox', 'mail'] as const;
export const OFFICE_FILE_NAME = 'office.json';
const MAX_DEPTH = 4;

export interface DataFile {
  /** Relative to the data folder, with `/` separators. */
  path: string;
  bytes: Uint8Array;
}

/** Every backed-up file, read whole (they are small: keys, JSON, kept bundles). */
export async function readDataFiles(fs: FileSystem, dataDir: string): Promise<DataFile[]> {
  const out: DataFile[] = [];
  const walk = async (rel: string, depth: number): Promise<void> => {
    let names: string[];
    try {
      names = await fs.readdir(path.join(dataDir, rel));
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return;
      throw e;
    }
    for (const name of names.sort()) {
      if (name.includes(TEMP_MARK)) continue;
      const relPath = `${rel}/${name}`;
      const full = path.join(dataDir, relPath);
      const s = await fs.stat(full);
      if (s.isDirectory && depth < MAX_DEPTH) await walk(relPath, depth + 1);
      else if (s.isFile) out.push({ path: relPath, bytes: await fs.readFile(full) });
    }
  };
  for (const dir of BACKED_UP_DIRS) await walk(dir, 1);
  try {
    out.push({ path: OFFICE_FILE_NAME, bytes: await fs.readFile(path.join(dataDir, OFFICE_FILE_NAME)) });
  } catch (e) {
    if (errnoCode(e) !== 'ENOENT') throw e;
  }
  return out;
}

/** A path from a backup that stays inside one of the backed-up folders (or is office.json). */
export function isRestorablePath(rel: string): boolean {
  if (rel === OFFICE_FILE_NAME) return true;
  const parts = rel.split('/');
  return (
    parts.length >= 2 &&
    parts.length <= MAX_DEPTH + 1 &&
    (BACKED_UP_DIRS as readonly string[]).includes(parts[0] ?? '') &&
    parts.every((p) => p !== '' && p !== '.' && p !== '..' && !/[\\\0:]/.test(p) && !p.includes(TEMP_MARK))
  );
}
