import { fromBase64, toBase64 } from '../bundle/bytes';

/**
 * db.age's lines: `["<table>",<row>]`, one row of one IndexedDB table per line, in JSON. IndexedDB rows
 * hold bytes (sealed vaults, wrapped keys) that JSON has no type for: they travel as `{"$u8":"<base64>"}`
 * and come back as Uint8Array, so a restored row is the row that was read. Nothing else is converted.
 */
const BYTES = '$u8';

const replacer = (_key: string, value: unknown): unknown => {
  if (value instanceof Uint8Array) return { [BYTES]: toBase64(value) };
  if (value instanceof ArrayBuffer) return { [BYTES]: toBase64(new Uint8Array(value)) };
  return value;
};

const reviver = (_key: string, value: unknown): unknown => {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const encoded = (value as Record<string, unknown>)[BYTES];
    if (typeof encoded === 'string' && Object.keys(value).length === 1) {
      const bytes = fromBase64(encoded);
      if (bytes === null) throw new SyntaxError('bad base64 in a backup row');
      return bytes;
    }
  }
  return value;
};

export const encodeRowLine = (table: string, row: unknown): string => JSON.stringify([table, row], replacer);

export function decodeRowLine(line: string): { table: string; row: unknown } {
  const parsed: unknown = JSON.parse(line, reviver);
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string') {
    throw new SyntaxError('not a backup row line');
  }
  return { table: parsed[0], row: parsed[1] };
}
