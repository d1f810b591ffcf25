import path from 'node:path';
import type { z } from 'zod';
import { HostFailure } from '../../../shared/host/result';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { writeFileAtomic } from '../fs/write-file-atomic';

/** Reads a JSON state file; null when it does not exist yet. A damaged file stops the call, never resets state. */
export async function readJsonFile<T>(fs: FileSystem, file: string, schema: z.ZodType<T>): Promise<T | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return null;
    throw e;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw damaged(file);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw damaged(file);
  return parsed.data;
}

const damaged = (file: string) =>
  new HostFailure('internal', 'stateFileCorrupt', { file: path.basename(file) });

/** Written whole (temp, fsync, rename, read back), readable only by the user. */
export async function writeJsonFile(fs: FileSystem, file: string, value: unknown): Promise<void> {
  const text = `${JSON.stringify(value, null, 1)}\n`;
  await writeFileAtomic(fs, path.dirname(file), path.basename(file), new TextEncoder().encode(text), {
    mode: 0o600,
  });
}
