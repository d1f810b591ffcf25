import { createHash } from 'node:crypto';
import path from 'node:path';
import { ReleaseRefused } from '../../../shared/update/release-refusal';
import type { VerifiedRelease } from '../../../shared/update/update-contract';
import { errnoCode, type FileSystem } from '../fs/file-system';
import type { PublisherKey } from './publisher-keys';
import { MANIFEST_NAME, SIGNATURE_NAME, type VersionFloor, verifySignedManifest } from './verify-release';

const MAX_MANIFEST = 64 * 1024;
const CHUNK = 4 * 1024 * 1024;

export interface ReleaseFiles {
  release: VerifiedRelease;
  /** The files that make the release, in this folder: latest.yml, its signature, the installer, the blockmap if any. */
  names: string[];
}

/** A small file, or `missing` when it is not there. */
async function readSmall(fs: FileSystem, file: string): Promise<Uint8Array | 'missing'> {
  try {
    const info = await fs.stat(file);
    if (!info.isFile || info.size > MAX_MANIFEST)
      throw new ReleaseRefused('manifestInvalid', path.basename(file));
    return await fs.readFile(file);
  } catch (e) {
    if (e instanceof ReleaseRefused) throw e;
    if (errnoCode(e) === 'ENOENT') return 'missing';
    throw new ReleaseRefused('unreadable', `${path.basename(file)}: ${errnoCode(e) ?? 'error'}`);
  }
}

/** sha512 (base64) of a file read in parts, so a 100 MB installer never sits in memory whole. */
export async function sha512OfFile(fs: FileSystem, file: string, size: number): Promise<string> {
  const hash = createHash('sha512');
  for (let at = 0; at < size; ) {
    const part = await fs.readAt(file, at, Math.min(CHUNK, size - at));
    if (part.length === 0)
      throw new ReleaseRefused('installerSize', `${path.basename(file)} shorter than ${size}`);
    hash.update(part);
    at += part.length;
  }
  return hash.digest('base64');
}

/**
 * Verifies a release folder as it lies: the signature of latest.yml by a publisher key, the version
 * against `floor` (left out when checking a copy made for another office), then the installer's size
 * and sha512 against latest.yml's. Nothing of the folder runs or is handed on before this returns.
 */
export async function verifyReleaseFolder(
  fs: FileSystem,
  folder: string,
  keys: readonly PublisherKey[],
  floor: VersionFloor | null,
): Promise<ReleaseFiles> {
  const manifestBytes = await readSmall(fs, path.join(folder, MANIFEST_NAME));
  if (manifestBytes === 'missing') throw new ReleaseRefused('noRelease', folder);
  const signature = await readSmall(fs, path.join(folder, SIGNATURE_NAME));
  if (signature === 'missing') throw new ReleaseRefused('unsigned', SIGNATURE_NAME);
  let signatureText: string;
  try {
    signatureText = new TextDecoder('utf-8', { fatal: true }).decode(signature);
  } catch {
    throw new ReleaseRefused('signatureUnreadable', SIGNATURE_NAME);
  }
  const signed = verifySignedManifest(
    manifestBytes,
    signatureText,
    keys,
    floor ?? { running: '0.0.0-0', highestSeen: null },
  );
  const { installer } = signed.manifest;
  const installerPath = path.join(folder, installer.name);
  let size: number;
  try {
    const info = await fs.stat(installerPath);
    if (!info.isFile) throw new ReleaseRefused('installerMissing', installer.name);
    size = info.size;
  } catch (e) {
    if (e instanceof ReleaseRefused) throw e;
    if (errnoCode(e) === 'ENOENT') throw new ReleaseRefused('installerMissing', installer.name);
    throw new ReleaseRefused('unreadable', `${installer.name}: ${errnoCode(e) ?? 'error'}`);
  }
  if (size !== installer.size) throw new ReleaseRefused('installerSize', `${size} ≠ ${installer.size}`);
  let digest: string;
  try {
    digest = await sha512OfFile(fs, installerPath, size);
  } catch (e) {
    if (e instanceof ReleaseRefused) throw e;
    throw new ReleaseRefused('unreadable', `${installer.name}: ${errnoCode(e) ?? 'error'}`);
  }
  if (digest !== installer.sha512) throw new ReleaseRefused('installerHash', installer.name);
  const blockmap = `${installer.name}.blockmap`;
  const hasBlockmap = await fs.stat(path.join(folder, blockmap)).then(
    (i) => i.isFile,
    () => false,
  );
  return {
    release: {
      version: signed.manifest.version,
      schema: signed.schema,
      installer: installer.name,
      size,
      releaseDate: signed.manifest.releaseDate,
      signedBy: signed.signedBy,
      from: folder,
    },
    names: [MANIFEST_NAME, SIGNATURE_NAME, installer.name, ...(hasBlockmap ? [blockmap] : [])],
  };
}
