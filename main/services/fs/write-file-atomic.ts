import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { errnoCode, type FileSystem, type OpenFile } from './file-system';
import { AtomicWriteError, problemOf } from './write-errors';

/** Temp files are hidden and recognisable, so a later sweep can remove what a yanked stick left. */
export const TEMP_MARK = '.binhan-tmp-';
const TEMP_NAME = /^\..+\.binhan-tmp-[0-9a-f]{16}$/;

export interface WriteFileAtomicOptions {
  /** Default 0o644; key files use 0o600. */
  mode?: number;
}

export interface WrittenFile {
  path: string;
  sha256: string;
  size: number;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A plain file name: no folder part, nothing that resolves elsewhere. */
export const isPlainFileName = (name: string): boolean =>
  name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) && name.length <= 200;

/**
 * temp → write → fsync → rename → fsync dir → read back and compare SHA-256, because USB sticks are
 * pulled out and FAT delays its metadata. On any failure the temp file is removed, nothing is left under
 * the final name (an older file of that name is lost too, if the rename had already replaced it),
 * and an AtomicWriteError with a Vietnamese message is thrown.
 */
export async function writeFileAtomic(
  fs: FileSystem,
  dir: string,
  name: string,
  bytes: Uint8Array,
  options: WriteFileAtomicOptions = {},
): Promise<WrittenFile> {
  const finalPath = path.join(dir, name);
  if (!isPlainFileName(name)) throw new AtomicWriteError('bad-name', undefined, finalPath);
  const tempPath = path.join(dir, `.${name}${TEMP_MARK}${randomBytes(8).toString('hex')}`);
  const expected = sha256(bytes);
  let renamed = false;
  try {
    const file = await fs.create(tempPath, options.mode ?? 0o644);
    await writeAndClose(fs, file, bytes);
    await fs.rename(tempPath, finalPath);
    renamed = true;
    await fs.fsyncDir(dir);
    const back = await fs.readFile(finalPath);
    if (back.length !== bytes.length || sha256(back) !== expected) {
      throw new AtomicWriteError('verify-failed', undefined, finalPath);
    }
    return { path: finalPath, sha256: expected, size: bytes.length };
  } catch (e) {
    await fs.unlink(renamed ? finalPath : tempPath).catch(() => undefined);
    if (e instanceof AtomicWriteError) throw e;
    throw Object.assign(new AtomicWriteError(problemOf(e), errnoCode(e), finalPath), { cause: e });
  }
}

async function writeAndClose(fs: FileSystem, file: OpenFile, bytes: Uint8Array): Promise<void> {
  try {
    await fs.write(file, bytes);
    await fs.fsync(file);
  } catch (e) {
    await fs.close(file).catch(() => undefined);
    throw e;
  }
  // Some file systems report a failed write only at close.
  await fs.close(file);
}

/** Removes temp files an interrupted write left in `dir` (e.g. when the stick was pulled out). */
export async function removeStaleTempFiles(
  fs: FileSystem,
  dir: string,
  /** Only the temp files of these final names (default: any). */
  of?: readonly string[],
): Promise<string[]> {
  const stale = (await fs.readdir(dir)).filter(
    (n) => TEMP_NAME.test(n) && (of === undefined || of.some((name) => n.startsWith(`.${name}${TEMP_MARK}`))),
  );
  for (const n of stale) await fs.unlink(path.join(dir, n)).catch(() => undefined);
  return stale;
}
