import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
import type { PublisherKey } from '../../../../main/services/updates/publisher-keys';
import { createUpdateService, type UpdateDeps } from '../../../../main/services/updates/update-service';
import { LATEST_VERSION } from '../../../../renderer/db/migrations/index';
import {
  formatSecretKey,
  generateMinisignKey,
  type MinisignSecretKey,
  publicPart,
  signMinisign,
} from '../../../../shared/bundle/minisign';
import { formatReleaseComment } from '../../../../shared/update/release-comment';

/** The update area of a host with no Electron (as the web host): for fixtures of other areas. */
export const noUpdates = (dataDir: string) =>
  createUpdateService({
    fs: createNodeFileSystem(),
    dataDir,
    running: '0.1.0',
    keys: [],
    networkFeed: null,
    fetch: () => Promise.reject(new Error('no network in tests')),
    bridge: null,
    lastBackupAt: async () => null,
  });

export interface TestPublisher {
  key: MinisignSecretKey;
  keys: PublisherKey[];
}

export function testPublisher(role: PublisherKey['role'] = 'daily'): TestPublisher {
  const key = generateMinisignKey();
  return { key, keys: [{ role, key: publicPart(key) }] };
}

/** A small stand-in installer: what electron-updater would download and hash. */
export function installerBytes(version: string, size = 300_000): Uint8Array {
  const bytes = new Uint8Array(size);
  const seed = createHash('sha256').update(version).digest();
  for (let i = 0; i < size; i++) bytes[i] = (seed[i % 32] ?? 0) ^ (i & 0xff);
  return bytes;
}

export function latestYml(version: string, installer: string, bytes: Uint8Array): string {
  const sha512 = createHash('sha512').update(bytes).digest('base64');
  // As electron-builder writes it (NSIS target).
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${installer}`,
    `    sha512: ${sha512}`,
    `    size: ${bytes.length}`,
    `path: ${installer}`,
    `sha512: ${sha512}`,
    `releaseDate: '2026-12-01T08:00:00.000Z'`,
    '',
  ].join('\n');
}

/** A release folder as `binhan release sign` leaves it: installer, blockmap, latest.yml and its signature. */
export function writeRelease(
  dir: string,
  publisher: TestPublisher,
  version: string,
  options: { schema?: number; installer?: Uint8Array } = {},
): { dir: string; installer: string; bytes: Uint8Array } {
  mkdirSync(dir, { recursive: true });
  const installer = `BinhAn-${version}-win-x64.exe`;
  const bytes = options.installer ?? installerBytes(version);
  const yml = latestYml(version, installer, bytes);
  writeFileSync(path.join(dir, installer), bytes);
  writeFileSync(path.join(dir, `${installer}.blockmap`), new Uint8Array([1, 2, 3, 4]));
  writeFileSync(path.join(dir, 'latest.yml'), yml);
  const comment = formatReleaseComment({
    file: 'latest.yml',
    version,
    schema: options.schema ?? LATEST_VERSION,
    signedAt: '2026-12-01T08:00:00.000Z',
  });
  writeFileSync(
    path.join(dir, 'latest.yml.minisig'),
    signMinisign(new TextEncoder().encode(yml), publisher.key, comment),
  );
  return { dir, installer, bytes };
}

export const secretKeyFile = (key: MinisignSecretKey): string => formatSecretKey(key);

export function updateService(dataDir: string, publisher: TestPublisher, extra: Partial<UpdateDeps> = {}) {
  return createUpdateService({
    fs: createNodeFileSystem(),
    dataDir,
    running: '1.0.0',
    keys: publisher.keys,
    networkFeed: null,
    fetch: () => Promise.reject(new Error('no network in tests')),
    bridge: null,
    lastBackupAt: async () => null,
    ...extra,
  });
}

/** `minisign -V`, the reference tool, on a file and its signature. */
export function minisignVerifies(file: string, pubKeyLine: string): string {
  return execFileSync('minisign', ['-V', '-m', file, '-P', pubKeyLine], { encoding: 'utf8' });
}
