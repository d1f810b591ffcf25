import { Gunzip, gzipSync } from 'fflate';
import { z } from 'zod';
import { FORMAT_VERSION, recordTypeSchema } from './manifest';

/** Records grouped by type; what each type holds is checked by the store that imports it. */
export const recordsSchema = z.record(recordTypeSchema, z.array(z.record(z.string(), z.unknown())));
export type BundleRecords = z.infer<typeof recordsSchema>;

export const payloadSchema = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION),
  records: recordsSchema,
});

export const countRecords = (records: BundleRecords): Record<string, number> =>
  Object.fromEntries(Object.entries(records).map(([type, list]) => [type, list.length]));

export function compressPayload(records: BundleRecords): Uint8Array {
  const json = JSON.stringify({ formatVersion: FORMAT_VERSION, records });
  // mtime 0 keeps the gzip bytes a function of the records alone.
  return gzipSync(new TextEncoder().encode(json), { level: 6, mtime: 0 });
}

export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

/** Gunzips in small steps and stops as soon as the output passes `max` bytes. */
export function gunzipLimited(data: Uint8Array, max: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const gunzip = new Gunzip((chunk) => {
    total += chunk.length;
    if (total <= max) chunks.push(chunk);
  });
  const step = 16 * 1024;
  for (let at = 0; at < data.length || at === 0; at += step) {
    gunzip.push(data.subarray(at, at + step), at + step >= data.length);
    if (total > max) throw new TooLargeError(`payload expands beyond ${max} bytes`);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
