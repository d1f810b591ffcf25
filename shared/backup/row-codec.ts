import { toBase64 } from '../bundle/bytes';

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

export const encodeRowLine = (table: string, row: unknown): string => JSON.stringify([table, row], replacer);

const B64 = new Int16Array(128).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) {
  B64[c.charCodeAt(0)] = i;
}

/** Standard base64 with padding; throws on anything else (a damaged line must not become other bytes). */
function decodeBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new SyntaxError('bad base64 in a backup row');
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const a = B64[text.charCodeAt(i)] ?? -1;
    const b = B64[text.charCodeAt(i + 1)] ?? -1;
    const c = text[i + 2] === '=' ? 0 : (B64[text.charCodeAt(i + 2)] ?? -1);
    const d = text[i + 3] === '=' ? 0 : (B64[text.charCodeAt(i + 3)] ?? -1);
    if ((a | b | c | d) < 0) throw new SyntaxError('bad base64 in a backup row');
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Turns `{"$u8":…}` back into bytes, in place; a walk in JS is much faster than a JSON.parse reviver. */
function revive(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  const encoded = record[BYTES];
  if (typeof encoded === 'string') {
    for (const k in record) if (k !== BYTES) return value;
    return decodeBase64(encoded);
  }
  for (const k in record) {
    const v = record[k];
    if (typeof v === 'object' && v !== null) record[k] = revive(v);
  }
  return value;
}

export function decodeRowLine(line: string): { table: string; row: unknown } {
  const parsed: unknown = JSON.parse(line);
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string') {
    throw new SyntaxError('not a backup row line');
  }
  return { table: parsed[0], row: revive(parsed[1]) };
}
