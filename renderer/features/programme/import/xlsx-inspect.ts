import { Inflate } from 'fflate';
import { type ImportLimits, SheetLimitError } from './limits';

/**
 * Checks an .xlsx (a zip) before exceljs is given it, at the cost of reading it once without keeping
 * what it unpacks: the central directory's declared sizes must add up to at most `maxUnpackedMb`,
 * every entry must unpack to no more than it declares (JSZip, inside exceljs, would only notice a
 * lie after unpacking all of it), and the worksheets' XML must hold at most `maxRows` rows and
 * `maxCells` cells. Throws SheetLimitError for a file over a limit, Error for a file that is no zip.
 */
export function inspectXlsx(data: Uint8Array, limits: ImportLimits): void {
  const maxUnpacked = limits.maxUnpackedMb * 1024 * 1024;
  const entries = centralDirectory(data);
  let declared = 0;
  for (const entry of entries) declared += entry.size;
  if (declared > maxUnpacked) throw new SheetLimitError('unpacked', limits.maxUnpackedMb);

  const count = { rows: 0, cells: 0 };
  for (const entry of entries) {
    const counter = /^\/?xl\/worksheets\/[^/]+\.xml$/.test(entry.name) ? new ElementCounter() : null;
    const onChunk = (chunk: Uint8Array) => {
      if (counter === null) return;
      counter.scan(chunk);
      if (count.rows + counter.rows > limits.maxRows) throw new SheetLimitError('rows', limits.maxRows);
      if (count.cells + counter.cells > limits.maxCells) throw new SheetLimitError('cells', limits.maxCells);
    };
    const stored = entryData(data, entry);
    if (entry.method === 0) {
      if (stored.length !== entry.size) throw new Error(`${entry.name}: stored size differs`);
      onChunk(stored);
    } else if (entry.method === 8) {
      inflateCounting(
        stored,
        entry.size,
        () => new SheetLimitError('unpacked', limits.maxUnpackedMb),
        onChunk,
      );
    } else {
      throw new Error(`${entry.name}: compression method ${entry.method}`);
    }
    if (counter !== null) {
      count.rows += counter.rows;
      count.cells += counter.cells;
    }
  }
}

type Entry = { name: string; method: number; packed: number; size: number; localAt: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** ZIP64 marks a field it moved elsewhere with all ones; a spreadsheet list never needs ZIP64. */
const MOVED32 = 0xffffffff;
const MOVED16 = 0xffff;

function centralDirectory(data: Uint8Array): Entry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEnd(data, view);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === MOVED16 || cdOffset === MOVED32 || cdSize === MOVED32) throw new Error('ZIP64 archive');
  if (cdOffset + cdSize > eocd) throw new Error('central directory out of range');
  const entries: Entry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cdOffset + cdSize || view.getUint32(at, true) !== CENTRAL)
      throw new Error('bad central header');
    const nameLen = view.getUint16(at + 28, true);
    const entry: Entry = {
      name: new TextDecoder().decode(data.subarray(at + 46, at + 46 + nameLen)),
      method: view.getUint16(at + 10, true),
      packed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localAt: view.getUint32(at + 42, true),
    };
    if (view.getUint16(at + 8, true) & 1) throw new Error('encrypted entry');
    if (entry.packed === MOVED32 || entry.size === MOVED32 || entry.localAt === MOVED32)
      throw new Error('ZIP64 entry');
    entries.push(entry);
    at += 46 + nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function findEnd(data: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) === data.length)
      return at;
  }
  throw new Error('not a zip file');
}

function entryData(data: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.localAt;
  if (at + 30 > data.length || view.getUint32(at, true) !== LOCAL) throw new Error('bad local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.packed > data.length) throw new Error('entry data out of range');
  return data.subarray(start, start + entry.packed);
}

/**
 * Inflates in small steps, keeping nothing: each step of 4 KiB of deflate data unpacks to at most
 * ~4 MiB, and the first byte past `declared` ends it.
 */
function inflateCounting(
  stored: Uint8Array,
  declared: number,
  tooLarge: () => Error,
  onChunk: (chunk: Uint8Array) => void,
): void {
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > declared) throw tooLarge();
    onChunk(chunk);
  });
  const step = 4 * 1024;
  for (let at = 0; at < stored.length || at === 0; at += step) {
    inflate.push(stored.subarray(at, at + step), at + step >= stored.length);
  }
  if (total !== declared) throw new Error('unpacked size differs from the declared size');
}

const LT = 0x3c;
const R = 0x72;
const O = 0x6f;
const W = 0x77;
const C = 0x63;
/** After an element's name: a space, tab, line break, `>` or `/`. */
const ends = (b: number | undefined) =>
  b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x3e || b === 0x2f;

/** Counts `<row …>` and `<c …>` elements in XML that arrives in chunks (a tag may straddle two). */
class ElementCounter {
  rows = 0;
  cells = 0;
  #tail = new Uint8Array(0);

  scan(chunk: Uint8Array): void {
    const bytes = new Uint8Array(this.#tail.length + chunk.length);
    bytes.set(this.#tail);
    bytes.set(chunk, this.#tail.length);
    // The last 4 bytes may begin a tag whose end arrives next: look at them again then.
    const last = Math.max(0, bytes.length - 4);
    for (let i = 0; i < last; i++) {
      if (bytes[i] !== LT) continue;
      if (bytes[i + 1] === C && ends(bytes[i + 2])) this.cells++;
      else if (bytes[i + 1] === R && bytes[i + 2] === O && bytes[i + 3] === W && ends(bytes[i + 4]))
        this.rows++;
    }
    this.#tail = bytes.slice(last);
  }
}
