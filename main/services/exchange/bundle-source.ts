import path from 'node:path';
import { RejectedError } from '../../../shared/bundle/rejection';
import type { BundleSource } from '../../../shared/exchange/common';
import { HostFailure, type HostReason } from '../../../shared/host/result';
import { readBundleFile } from '../bundle/bundle-files';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { problemOf } from '../fs/write-errors';

const READ_REASONS: Record<ReturnType<typeof problemOf>, HostReason> = {
  'no-space': 'readFailed',
  'read-only': 'readFailed',
  'no-permission': 'readNoPermission',
  removed: 'readRemoved',
  io: 'readIo',
  'verify-failed': 'readFailed',
  'bad-name': 'writeBadName',
};

/** An absolute path, or a clear refusal: relative paths would resolve against wherever main happens to run. */
export function requireAbsolute(p: string): string {
  if (!path.isAbsolute(p)) {
    throw new HostFailure('invalidInput', 'absolutePathNeeded');
  }
  return path.resolve(p);
}

/**
 * The bytes of a bundle to open. Size is checked before anything is loaded (stat for a path, length
 * for an upload) and reported as a bundle rejection; errors of the drive itself become HostFailures.
 */
export async function readSource(
  fs: FileSystem,
  source: BundleSource,
  maxBytes: number,
): Promise<Uint8Array> {
  if (source.from === 'upload') {
    const bytes = new Uint8Array(Buffer.from(source.base64, 'base64'));
    if (bytes.length > maxBytes)
      throw new RejectedError('tooLarge', `${bytes.length} bytes, limit ${maxBytes}`);
    return bytes;
  }
  try {
    return await readBundleFile(fs, requireAbsolute(source.path), maxBytes);
  } catch (e) {
    if (e instanceof RejectedError || e instanceof HostFailure) throw e;
    const code = errnoCode(e);
    if (code === 'EISDIR') throw new RejectedError('corrupt', 'a folder, not a file');
    throw new HostFailure(code === 'ENOENT' ? 'notFound' : 'unavailable', READ_REASONS[problemOf(e)]);
  }
}
