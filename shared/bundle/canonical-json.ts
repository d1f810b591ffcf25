/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, no `undefined`, no
 * non-finite numbers. The signed manifest is written this way so the same content always has the
 * same bytes (and the same hash for the previous-manifest chain).
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON: non-finite number');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (seen.has(value)) throw new TypeError('canonical JSON: cycle');
      seen.add(value);
      const out = Array.isArray(value)
        ? `[${value.map((v) => write(v, seen)).join(',')}]`
        : writeObject(value, seen);
      seen.delete(value);
      return out;
    }
    default:
      throw new TypeError(`canonical JSON: unsupported ${typeof value}`);
  }
}

function writeObject(value: object, seen: Set<object>): string {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new TypeError('canonical JSON: not a plain object');
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const parts: string[] = [];
  for (const [k, v] of entries) {
    if (v === undefined) throw new TypeError(`canonical JSON: undefined at ${k}`);
    parts.push(`${JSON.stringify(k)}:${write(v, seen)}`);
  }
  return `{${parts.join(',')}}`;
}
