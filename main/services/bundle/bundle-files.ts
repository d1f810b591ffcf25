import { RejectedError } from '../../../shared/bundle/rejection';
import type { WrittenBundle } from '../../../shared/bundle/write-bundle';
import type { FileSystem } from '../fs/file-system';
import { type WrittenFile, writeFileAtomic } from '../fs/write-file-atomic';

/**
 * Reads a bundle file for checking, refusing an oversized one by its size on disk before a byte of it
 * is loaded. Throws RejectedError('tooLarge' | 'corrupt'); errors of the drive itself pass through.
 */
export async function readBundleFile(fs: FileSystem, path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await fs.stat(path);
  if (!info.isFile) throw new RejectedError('corrupt', `${path} is not a file`);
  if (info.size > maxBytes) throw new RejectedError('tooLarge', `${info.size} bytes, limit ${maxBytes}`);
  const bytes = await fs.readFile(path);
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes)
    throw new RejectedError('tooLarge', `${bytes.length} bytes, limit ${maxBytes}`);
  return bytes;
}

/** Saves a bundle to a drive or folder under its descriptive name, atomically and read-back checked. */
export const saveBundle = (fs: FileSystem, dir: string, bundle: WrittenBundle): Promise<WrittenFile> =>
  writeFileAtomic(fs, dir, bundle.fileName, bundle.bytes);
