import { crc32 } from 'node:zlib';
import type { FileSystem, OpenFile } from '../fs/file-system';

/**
 * A zip written front to back onto one open file, for entries whose size is known only at their end
 * (db.age streams in). Entries are stored (method 0: their bytes are already compressed and encrypted);
 * each local header sets bit 3 and a data descriptor follows the bytes, while the central directory,
 * which `unzip` and our reader use, carries the real sizes and CRCs. No zip64: a backup stops before 4 GiB.
 */
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const FLAG_DESCRIPTOR_UTF8 = 0x0008 | 0x0800;
export const ZIP_LIMIT = 0xffff_fff0;

type Done = { name: Uint8Array; offset: number; crc: number; size: number; time: number; date: number };

export class ZipTooLarge extends Error {
  override name = 'ZipTooLarge';
}

export class ZipWriter {
  #offset = 0;
  #done: Done[] = [];
  #current: { name: Uint8Array; offset: number; crc: number; size: number } | null = null;
  readonly #time: number;
  readonly #date: number;

  constructor(
    private readonly fs: FileSystem,
    private readonly file: OpenFile,
    mtime: Date,
  ) {
    this.#time = (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1);
    this.#date = ((mtime.getFullYear() - 1980) << 9) | ((mtime.getMonth() + 1) << 5) | mtime.getDate();
  }

  get bytesWritten(): number {
    return this.#offset;
  }

  async #raw(bytes: Uint8Array): Promise<void> {
    if (this.#offset + bytes.length > ZIP_LIMIT) throw new ZipTooLarge('backup larger than 4 GiB');
    await this.fs.write(this.file, bytes);
    this.#offset += bytes.length;
  }

  async begin(entryName: string): Promise<void> {
    if (this.#current !== null) throw new Error('zip entry still open');
    const name = new TextEncoder().encode(entryName);
    const h = new DataView(new ArrayBuffer(30));
    h.setUint32(0, LOCAL, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, FLAG_DESCRIPTOR_UTF8, true);
    h.setUint16(8, 0, true);
    h.setUint16(10, this.#time, true);
    h.setUint16(12, this.#date, true);
    // crc and sizes (14..25) stay 0: the data descriptor and the central directory hold them.
    h.setUint16(26, name.length, true);
    h.setUint16(28, 0, true);
    this.#current = { name, offset: this.#offset, crc: 0, size: 0 };
    await this.#raw(new Uint8Array(h.buffer));
    await this.#raw(name);
  }

  async write(bytes: Uint8Array): Promise<void> {
    const entry = this.#current;
    if (entry === null) throw new Error('no zip entry open');
    await this.#raw(bytes);
    entry.crc = crc32(bytes, entry.crc);
    entry.size += bytes.length;
  }

  async end(): Promise<void> {
    const entry = this.#current;
    if (entry === null) throw new Error('no zip entry open');
    const d = new DataView(new ArrayBuffer(16));
    d.setUint32(0, DESCRIPTOR, true);
    d.setUint32(4, entry.crc >>> 0, true);
    d.setUint32(8, entry.size, true);
    d.setUint32(12, entry.size, true);
    await this.#raw(new Uint8Array(d.buffer));
    this.#done.push({ ...entry, time: this.#time, date: this.#date });
    this.#current = null;
  }

  async entry(entryName: string, bytes: Uint8Array): Promise<void> {
    await this.begin(entryName);
    await this.write(bytes);
    await this.end();
  }

  /** The central directory and its end record. */
  async finish(): Promise<void> {
    const start = this.#offset;
    for (const e of this.#done) {
      const c = new DataView(new ArrayBuffer(46));
      c.setUint32(0, CENTRAL, true);
      c.setUint16(4, 20, true);
      c.setUint16(6, 20, true);
      c.setUint16(8, FLAG_DESCRIPTOR_UTF8, true);
      c.setUint16(10, 0, true);
      c.setUint16(12, e.time, true);
      c.setUint16(14, e.date, true);
      c.setUint32(16, e.crc >>> 0, true);
      c.setUint32(20, e.size, true);
      c.setUint32(24, e.size, true);
      c.setUint16(28, e.name.length, true);
      c.setUint32(42, e.offset, true);
      await this.#raw(new Uint8Array(c.buffer));
      await this.#raw(e.name);
    }
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, EOCD, true);
    end.setUint16(8, this.#done.length, true);
    end.setUint16(10, this.#done.length, true);
    end.setUint32(12, this.#offset - start, true);
    end.setUint32(16, start, true);
    await this.#raw(new Uint8Array(end.buffer));
  }
}
