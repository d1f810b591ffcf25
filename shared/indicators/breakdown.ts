import type { Counts } from '../aggregates/buckets';

export type BreakdownRow = { code: string; count: number };

/** Counts of `prefix:code` for each code, in the given order (e.g. sex, age group, violence type). */
export function breakdown(counts: Counts, prefix: string, codes: readonly string[]): BreakdownRow[] {
  return codes.map((code) => ({ code, count: counts[`${prefix}:${code}`] ?? 0 }));
}
