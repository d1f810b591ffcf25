import type { FileSystem } from '../fs/file-system';

/** An entry of a backup zip: where its stored bytes lie in the file. */
export interface ZipEntryRange {
  name: string;
  start: number;
  size: number;
  crc: number;
}

export class NotAZip extends Error {
  override name = 'NotAZip';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_TAIL = 22 + 0xffff;

/**
 * Reads a backup zip's central directory from its tail and each entry's local header, checking every
 * offset against the file's size; entries must be stored (method 0). Reads only small parts of the file.
 */
export async function readZipDirectory(fs: FileSystem, path: string): Promise<ZipEntryRange[]> {
  const { size } = await fs.stat(path);
  if (size < 22) throw new NotAZip('too short');
  const tailStart = Math.max(0, size - MAX_TAIL);
  const tail = await fs.readAt(path, tailStart, size - tailStart);
  const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tv.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new NotAZip('no end of central directory');
  const count = tv.getUint16(eocd + 10, true);
  const cdSize = tv.getUint32(eocd + 12, true);
  const cdOffset = tv.getUint32(eocd + 16, true);
  if (count > 16 || cdOffset + cdSize > tailStart + eocd) throw new NotAZip('central directory out of range');
  const cd = await fs.readAt(path, cdOffset, cdSize);
  const cv = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
  const entries: ZipEntryRange[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cd.length || cv.getUint32(at, true) !== CENTRAL) throw new NotAZip('bad central entry');
    const method = cv.getUint16(at + 10, true);
    const crc = cv.getUint32(at + 16, true);
    const csize = cv.getUint32(at + 20, true);
    const usize = cv.getUint32(at + 24, true);
    const nameLen = cv.getUint16(at + 28, true);
    const extraLen = cv.getUint16(at + 30, true);
    const commentLen = cv.getUint16(at + 32, true);
    const local = cv.getUint32(at + 42, true);
    if (method !== 0 || csize !== usize) throw new NotAZip('entry not stored');
    const name = new TextDecoder().decode(cd.subarray(at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
    const lh = await fs.readAt(path, local, 30);
    const lv = new DataView(lh.buffer, lh.byteOffset, lh.byteLength);
    if (lh.length < 30 || lv.getUint32(0, true) !== LOCAL) throw new NotAZip('bad local header');
    const start = local + 30 + lv.getUint16(26, true) + lv.getUint16(28, true);
    if (start + csize > cdOffset) throw new NotAZip('entry out of range');
    entries.push({ name, start, size: csize, crc });
  }
  return entries;
}

/** The stored bytes of one entry as a stream of parts (1 MiB), for hashing and decrypting without holding it. */
export function entryStream(
  fs: FileSystem,
  path: string,
  entry: ZipEntryRange,
  part = 1 << 20,
): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (at >= entry.size) {
        controller.close();
        return;
      }
      const bytes = await fs.readAt(path, entry.start + at, Math.min(part, entry.size - at));
      if (bytes.length === 0) {
        controller.error(new NotAZip('file shorter than its directory says'));
        return;
      }
      at += bytes.length;
      controller.enqueue(bytes);
    },
  });
}

export async function readEntry(fs: FileSystem, path: string, entry: ZipEntryRange): Promise<Uint8Array> {
  const bytes = await fs.readAt(path, entry.start, entry.size);
  if (bytes.length !== entry.size) throw new NotAZip('entry cut short');
  return bytes;
}
