import { type AggregateRow, BUCKET_KINDS } from '../../aggregates/buckets.ts';
import type { SharedAggregate } from './shared-records.ts';

/** Counter rows that count survivors; programme counters (trainees, schools, reach) carry no survivor. */
const SURVIVOR_KINDS: ReadonlySet<string> = new Set([BUCKET_KINDS.cases]);

/**
 * Small-cell suppression for counters that leave the office: a survivor count from 1 to threshold − 1
 * is left out and named in `suppressed`, so the province shows "< threshold" instead of a number that
 * could point to a person in a small commune. Zero stays zero.
 */
export function suppressAggregate(row: AggregateRow, threshold: number): SharedAggregate {
  const counts: Record<string, number> = {};
  const suppressed: string[] = [];
  const survivors = SURVIVOR_KINDS.has(row.kind);
  for (const [name, value] of Object.entries(row.counts)) {
    if (survivors && value > 0 && value < threshold) suppressed.push(name);
    else counts[name] = value;
  }
  return { key: row.key, kind: row.kind, unit: row.unit, period: row.period, counts, suppressed };
}
