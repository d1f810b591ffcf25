import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ReleaseRefused } from '../../../shared/update/release-refusal';
import type { FileSystem } from '../fs/file-system';
import { TEMP_MARK } from '../fs/write-file-atomic';
import type { PublisherKey } from './publisher-keys';
import {
  MANIFEST_NAME,
  SIGNATURE_NAME,
  type SignedManifest,
  type VersionFloor,
  verifySignedManifest,
} from './verify-release';

/** Electron's `net.fetch` (the system's proxy settings) or Node's `fetch`. */
export type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

const MAX_MANIFEST = 64 * 1024;

/** The feed's base URL, https only: over http any network on the way could choose the installer. */
export function feedBase(url: string): URL {
  let u: URL;
  try {
    u = new URL(url.endsWith('/') ? url : `${url}/`);
  } catch {
    throw new ReleaseRefused('notHttps', url);
  }
  if (u.protocol !== 'https:') throw new ReleaseRefused('notHttps', url);
  return u;
}

async function smallBody(fetch: Fetch, url: URL): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url.href, { signal: AbortSignal.timeout(30_000) });
  } catch (e) {
    throw new ReleaseRefused('unreadable', `${url.pathname}: ${e instanceof Error ? e.message : 'network'}`);
  }
  if (res.status === 404)
    throw new ReleaseRefused(url.pathname.endsWith('.minisig') ? 'unsigned' : 'noRelease');
  if (!res.ok) throw new ReleaseRefused('unreadable', `${url.pathname}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_MANIFEST) throw new ReleaseRefused('manifestInvalid', 'too large');
  return bytes;
}

/** latest.yml and its signature from the feed, verified; the bytes are kept to stage them unchanged. */
export async function checkFeed(
  fetch: Fetch,
  feed: string,
  keys: readonly PublisherKey[],
  floor: VersionFloor,
): Promise<{ signed: SignedManifest; manifest: Uint8Array; signature: Uint8Array }> {
  const base = feedBase(feed);
  const manifest = await smallBody(fetch, new URL(MANIFEST_NAME, base));
  const signature = await smallBody(fetch, new URL(SIGNATURE_NAME, base));
  const signed = verifySignedManifest(manifest, new TextDecoder().decode(signature), keys, floor);
  return { signed, manifest, signature };
}

/** The installer into `dir` under its own name (temp, then renamed), reporting 0–100. */
export async function downloadInstaller(
  fetch: Fetch,
  fs: FileSystem,
  feed: string,
  name: string,
  size: number,
  dir: string,
  onPercent: (p: number) => void,
): Promise<void> {
  const res = await fetch(new URL(encodeURIComponent(name), feedBase(feed)).href).catch((e: unknown) => {
    throw new ReleaseRefused('unreadable', `${name}: ${e instanceof Error ? e.message : 'network'}`);
  });
  if (!res.ok || res.body === null) throw new ReleaseRefused('unreadable', `${name}: HTTP ${res.status}`);
  const temp = path.join(dir, `.${name}${TEMP_MARK}${randomBytes(8).toString('hex')}`);
  const file = await fs.create(temp, 0o644);
  let got = 0;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      got += chunk.length;
      if (got > size) throw new ReleaseRefused('installerSize', `> ${size}`);
      await fs.write(file, chunk);
      onPercent(Math.min(99, (got / size) * 100));
    }
    await fs.fsync(file);
    await fs.close(file);
    await fs.rename(temp, path.join(dir, name));
    await fs.fsyncDir(dir);
  } catch (e) {
    await fs.close(file).catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
}
