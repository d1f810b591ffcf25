import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ReleaseRefused } from '../../../shared/update/release-refusal';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { TEMP_MARK } from '../fs/write-file-atomic';
import type { PublisherKey } from './publisher-keys';
import { type ReleaseFiles, verifyReleaseFolder } from './release-folder';

const CHUNK = 4 * 1024 * 1024;

/** temp → write in parts → fsync → rename → fsync dir, as every file main writes (sticks are pulled out). */
async function copyFile(fs: FileSystem, from: string, toDir: string, name: string): Promise<void> {
  const size = (await fs.stat(from)).size;
  const temp = path.join(toDir, `.${name}${TEMP_MARK}${randomBytes(8).toString('hex')}`);
  const file = await fs.create(temp, 0o644);
  try {
    for (let at = 0; at < size; ) {
      const part = await fs.readAt(from, at, Math.min(CHUNK, size - at));
      if (part.length === 0) throw new Error(`${from} ended early`);
      await fs.write(file, part);
      at += part.length;
    }
    await fs.fsync(file);
    await fs.close(file);
    await fs.rename(temp, path.join(toDir, name));
    await fs.fsyncDir(toDir);
  } catch (e) {
    await fs.close(file).catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
}

/**
 * Copies a verified release's files into `toDir` (created if missing) and verifies the copy from
 * scratch — signature and installer hash as read back from the destination, so a stick that lies about
 * its writes or is pulled out half-way is found here, not at the next office. On failure the files
 * already copied are removed.
 */
export async function copyRelease(
  fs: FileSystem,
  source: ReleaseFiles,
  toDir: string,
  keys: readonly PublisherKey[],
): Promise<ReleaseFiles> {
  const copied: string[] = [];
  try {
    await fs.mkdir(toDir, 0o755);
    for (const name of source.names) {
      await copyFile(fs, path.join(source.release.from, name), toDir, name);
      copied.push(name);
    }
  } catch (e) {
    for (const name of copied) await fs.unlink(path.join(toDir, name)).catch(() => undefined);
    throw new ReleaseRefused(
      'copyFailed',
      `${toDir}: ${errnoCode(e) ?? (e instanceof Error ? e.message : 'error')}`,
    );
  }
  try {
    const back = await verifyReleaseFolder(fs, toDir, keys, null);
    if (back.release.version !== source.release.version) throw new ReleaseRefused('copyFailed', toDir);
    return back;
  } catch (e) {
    for (const name of copied) await fs.unlink(path.join(toDir, name)).catch(() => undefined);
    if (e instanceof ReleaseRefused && e.reason === 'copyFailed') throw e;
    throw new ReleaseRefused('copyFailed', `${toDir}: ${e instanceof ReleaseRefused ? e.reason : 'error'}`);
  }
}
