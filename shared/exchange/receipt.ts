import { z } from 'zod';
import { unitCodeSchema } from './common';

/** Inclusive ranges of sequence numbers, e.g. [[1, 40], [42, 57]]: compact even after years of bundles. */
export const sequenceRangesSchema = z
  .array(z.tuple([z.int().min(1), z.int().min(1)]).refine(([a, b]) => a <= b, 'khoảng không hợp lệ'))
  .max(100_000);
export type SequenceRanges = z.infer<typeof sequenceRangesSchema>;

export const RECEIPT_RECORD = 'receipts';

/** The one row of a receipt bundle's payload: what the province has received from `forUnit`. */
export const receiptRowSchema = z.strictObject({
  forUnit: unitCodeSchema,
  received: sequenceRangesSchema,
  /** Sequences known to be missing (gaps), which the office should send again. */
  missing: sequenceRangesSchema,
  lastSequence: z.int().min(0),
  /**
   * SHA-256 of the manifest of `lastSequence`: where the office's next bundle chains on. An office that
   * restored an older backup no longer knows it, and continues from here (issue 10): neither reusing a
   * sequence the province has nor breaking the chain. Absent in receipts of older versions.
   */
  lastManifestSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .optional(),
});
export type ReceiptRow = z.infer<typeof receiptRowSchema>;

export const inRanges = (ranges: SequenceRanges, n: number): boolean =>
  ranges.some(([a, b]) => a <= n && n <= b);

/** Adds one number to sorted, merged ranges. */
export function addToRanges(ranges: SequenceRanges, n: number): SequenceRanges {
  return mergeRanges([...ranges, [n, n]]);
}

export function mergeRanges(ranges: SequenceRanges): SequenceRanges {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: SequenceRanges = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export function removeFromRanges(ranges: SequenceRanges, n: number): SequenceRanges {
  return ranges.flatMap(([a, b]): SequenceRanges => {
    if (n < a || n > b) return [[a, b]];
    const parts: SequenceRanges = [];
    if (a < n) parts.push([a, n - 1]);
    if (n < b) parts.push([n + 1, b]);
    return parts;
  });
}
