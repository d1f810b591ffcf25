import { randomInt } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../services/exchange/json-file';
import type { FileSystem } from '../services/fs/file-system';

/** Where the web host keeps its origin, in the data folder: the browser keeps IndexedDB per origin. */
export const WEB_HOST_FILE = 'web-host.json';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** `binhan-<16 base32>.localhost`: Chromium resolves every `*.localhost` name to loopback. */
export const hostNameSchema = z.string().regex(/^binhan-[a-z2-7]{16}\.localhost$/);

export const webOriginSchema = z.strictObject({
  hostName: hostNameSchema,
  /** The port the folder's origin uses; null until the first launch has listened. */
  port: z.number().int().min(1).max(65535).nullable(),
});
export type WebOrigin = z.infer<typeof webOriginSchema>;

/** A random host name (80 bits), chosen once per data folder. */
export function newHostName(): string {
  let name = '';
  for (let i = 0; i < 16; i += 1) name += BASE32[randomInt(32)];
  return `binhan-${name}.localhost`;
}

/**
 * The data folder's web origin: read from `web-host.json`, or made (and written) on the first launch.
 * It must never change between launches, or the browser would open an empty database at a new origin.
 */
export async function loadWebOrigin(fs: FileSystem, dataDir: string): Promise<WebOrigin> {
  const file = path.join(dataDir, WEB_HOST_FILE);
  const saved = await readJsonFile(fs, file, webOriginSchema);
  if (saved !== null) return saved;
  const fresh: WebOrigin = { hostName: newHostName(), port: null };
  await writeJsonFile(fs, file, fresh);
  return fresh;
}

export async function saveWebOrigin(fs: FileSystem, dataDir: string, origin: WebOrigin): Promise<void> {
  await writeJsonFile(fs, path.join(dataDir, WEB_HOST_FILE), webOriginSchema.parse(origin));
}

/**
 * Which port to listen on: `BINHAN_PORT` when it names one, otherwise the folder's own (any free port on
 * the very first launch, which is then kept).
 */
export function portToListen(requested: number, origin: WebOrigin): number {
  return requested !== 0 ? requested : (origin.port ?? 0);
}
