/**
 * The bundle's zip: written with fflate (entries stored, since the payload is already compressed and
 * encrypted), read by a strict parser of our own that accepts exactly the three expected entries and
 * checks every offset and declared size before touching entry data. It never inflates: an entry that
 * is not stored (method 0) is refused from the central directory alone, so a small hostile file
 * cannot make main allocate and decompress hundreds of MiB before it is rejected.
 */
import { zipSync } from 'fflate';
import { crc32 } from './crc32';
import type { BundleLimits } from './limits';

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.json.minisig';
export const PAYLOAD_ENTRY = 'payload.age';
export const ENTRY_NAMES = [MANIFEST_ENTRY, SIGNATURE_ENTRY, PAYLOAD_ENTRY] as const;
export type EntryName = (typeof ENTRY_NAMES)[number];
export type BundleEntries = Record<EntryName, Uint8Array>;

export type ZipProblem = 'corrupt' | 'unsafePath' | 'tooLarge';

export class ZipError extends Error {
  override name = 'ZipError';
  constructor(
    readonly problem: ZipProblem,
    detail: string,
  ) {
    super(detail);
  }
}

export function writeZip(entries: BundleEntries, mtime: Date): Uint8Array {
  return zipSync(
    {
      [MANIFEST_ENTRY]: [entries[MANIFEST_ENTRY], { level: 0 }],
      [SIGNATURE_ENTRY]: [entries[SIGNATURE_ENTRY], { level: 0 }],
      [PAYLOAD_ENTRY]: [entries[PAYLOAD_ENTRY], { level: 0 }],
    },
    { mtime },
  );
}

/** A name that could escape the folder it is unpacked into, on any OS. */
export function isUnsafeEntryName(name: string): boolean {
  return (
    name === '' ||
    name.includes('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    name.split(/[/\\]/).includes('..') ||
    /^[A-Za-z]:/.test(name)
  );
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readZip(data: Uint8Array, limits: BundleLimits): BundleEntries {
  if (data.length > limits.maxBundleBytes) throw new ZipError('tooLarge', 'bundle file too large');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const eocd = findEndOfCentralDirectory(data, view);
  const count = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0 || u16(eocd + 8) !== count) {
    throw new ZipError('corrupt', 'multi-disk zip');
  }
  if (cdOffset + cdSize > eocd) throw new ZipError('corrupt', 'central directory out of range');

  const limitFor: Record<EntryName, number> = {
    [MANIFEST_ENTRY]: limits.maxManifestBytes,
    [SIGNATURE_ENTRY]: limits.maxSignatureBytes,
    [PAYLOAD_ENTRY]: limits.maxPayloadBytes,
  };
  const found = new Map<EntryName, Uint8Array>();
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cdOffset + cdSize || u32(at) !== CENTRAL)
      throw new ZipError('corrupt', 'bad central header');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const packed = u32(at + 20);
    const size = u32(at + 24);
    const nameLen = u16(at + 28);
    const next = at + 46 + nameLen + u16(at + 30) + u16(at + 32);
    const localAt = u32(at + 42);
    if (next > cdOffset + cdSize) throw new ZipError('corrupt', 'central header out of range');
    const nameBytes = data.subarray(at + 46, at + 46 + nameLen);
    const name = new TextDecoder().decode(nameBytes);
    if (isUnsafeEntryName(name))
      throw new ZipError('unsafePath', `unsafe entry name ${JSON.stringify(name)}`);
    if (!isEntryName(name)) throw new ZipError('corrupt', `unexpected entry ${JSON.stringify(name)}`);
    if (found.has(name)) throw new ZipError('corrupt', `duplicate entry ${name}`);
    // Declared sizes are checked before any entry data is read: a zip bomb stops here.
    if (size > limitFor[name] || packed > limitFor[name]) throw new ZipError('tooLarge', `${name} too large`);
    if (flags & 1) throw new ZipError('corrupt', 'encrypted zip entry');
    // Bundles store every entry (writeZip): a compressed one is refused before any of it is read.
    if (method !== 0) throw new ZipError('corrupt', `compression method ${method}: entries must be stored`);
    if (packed !== size) throw new ZipError('corrupt', 'stored entry size mismatch');
    if (localAt + 30 > cdOffset || u32(localAt) !== LOCAL) throw new ZipError('corrupt', 'bad local header');
    const localName = data.subarray(localAt + 30, localAt + 30 + u16(localAt + 26));
    if (!sameBytes(localName, nameBytes)) throw new ZipError('corrupt', 'local and central names differ');
    const start = localAt + 30 + u16(localAt + 26) + u16(localAt + 28);
    if (start + packed > cdOffset) throw new ZipError('corrupt', 'entry data out of range');
    const bytes = data.slice(start, start + packed);
    if (crc32(bytes) !== crc) throw new ZipError('corrupt', `${name} checksum mismatch`);
    found.set(name, bytes);
    at = next;
  }
  const manifest = found.get(MANIFEST_ENTRY);
  const signature = found.get(SIGNATURE_ENTRY);
  const payload = found.get(PAYLOAD_ENTRY);
  if (!manifest || !signature || !payload) throw new ZipError('corrupt', 'missing entry');
  const entries = { [MANIFEST_ENTRY]: manifest, [SIGNATURE_ENTRY]: signature, [PAYLOAD_ENTRY]: payload };
  // Bundles have one canonical zip form (ours, from writeZip): re-creating it and comparing makes any
  // changed byte count — zip metadata (times, flags, versions) included, not only the signed content.
  const firstLocal = u32(cdOffset + 42);
  const mtime = fromDosTime(u16(firstLocal + 12), u16(firstLocal + 10));
  if (!sameBytes(writeZip(entries, mtime), data)) {
    throw new ZipError('corrupt', 'zip metadata differs from the canonical form');
  }
  return entries;
}

/** The local time a DOS date/time pair names, so writeZip reproduces the same two fields. */
function fromDosTime(date: number, time: number): Date {
  return new Date(
    (date >> 9) + 1980,
    ((date >> 5) & 0xf) - 1,
    date & 0x1f,
    time >> 11,
    (time >> 5) & 0x3f,
    (time & 0x1f) * 2,
  );
}

function findEndOfCentralDirectory(data: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535; it must end exactly at the end of the file.
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) === data.length) {
      return at;
    }
  }
  throw new ZipError('corrupt', 'not a zip file, or truncated');
}

const isEntryName = (name: string): name is EntryName => (ENTRY_NAMES as readonly string[]).includes(name);

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
