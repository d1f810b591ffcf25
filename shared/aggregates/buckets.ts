/**
 * Maintained counters. A bucket is one (kind, unit, period) row of named counts; every live record
 * "contributes" counts to a few buckets — for its own unit and each ancestor, so a province query
 * reads the province's rows directly. Writes apply (new contribution − old contribution) in the
 * same transaction; the consistency check recomputes the sum of contributions from the records.
 */
export const BUCKET_KINDS = {
  /** period yyyy-MM of the report date */
  cases: 'case',
  /** period yyyy: distinct people with ≥ 1 attendance that year */
  trainedInYear: 'trained',
  /** period yyyy: distinct people by the year of their first attendance ("ever trained" = sum up to Y) */
  firstTrained: 'trainedFirst',
  /** period yyyy: attendances (participations), not distinct */
  attendances: 'attend',
  /** period = school year start yyyy: schools with ≥ 1 activity that school year */
  schoolsActive: 'schoolActive',
  /** period '-': schools in the register (the I3 denominator) */
  schoolRegister: 'schools',
  /** period yyyy-MM: outreach reach */
  outreach: 'outreach',
} as const;
export type BucketKind = (typeof BUCKET_KINDS)[keyof typeof BUCKET_KINDS];

export type Counts = Record<string, number>;
export type AggregateRow = { key: string; kind: BucketKind; unit: string; period: string; counts: Counts };
/** A record's contribution: bucket key → row with the counts it adds. */
export type Contribution = Map<string, AggregateRow>;

export const bucketKey = (kind: BucketKind, unit: string, period: string): string =>
  `${kind}|${unit}|${period}`;

/** The unit itself followed by its ancestors, nearest first. */
export type UnitChain = (unitCode: string) => readonly string[];

export function addTo(
  target: Contribution,
  kind: BucketKind,
  units: readonly string[],
  period: string,
  counts: Counts,
): void {
  for (const unit of units) {
    const key = bucketKey(kind, unit, period);
    let row = target.get(key);
    if (row === undefined) {
      row = { key, kind, unit, period, counts: {} };
      target.set(key, row);
    }
    for (const [name, value] of Object.entries(counts)) {
      if (value !== 0) row.counts[name] = (row.counts[name] ?? 0) + value;
    }
  }
}

/** new − old, bucket by bucket; zero counts are dropped so equal contributions give an empty delta. */
export function difference(oldC: Contribution, newC: Contribution): Contribution {
  const delta: Contribution = new Map();
  for (const row of newC.values()) addTo(delta, row.kind, [row.unit], row.period, row.counts);
  for (const row of oldC.values()) {
    addTo(
      delta,
      row.kind,
      [row.unit],
      row.period,
      Object.fromEntries(Object.entries(row.counts).map(([k, v]) => [k, -v])),
    );
  }
  for (const [key, row] of delta) {
    for (const [name, value] of Object.entries(row.counts)) if (value === 0) delete row.counts[name];
    if (Object.keys(row.counts).length === 0) delta.delete(key);
  }
  return delta;
}

/** Adds `delta` into stored rows (mutating a copy); rows whose counts all reach zero are returned as null (delete). */
export function applyDelta(stored: AggregateRow | undefined, delta: AggregateRow): AggregateRow | null {
  const counts: Counts = { ...(stored?.counts ?? {}) };
  for (const [name, value] of Object.entries(delta.counts)) {
    const next = (counts[name] ?? 0) + value;
    if (next === 0) delete counts[name];
    else counts[name] = next;
  }
  if (Object.keys(counts).length === 0) return null;
  return { key: delta.key, kind: delta.kind, unit: delta.unit, period: delta.period, counts };
}

export function sumCounts(rows: Iterable<AggregateRow>): Counts {
  const total: Counts = {};
  for (const row of rows)
    for (const [name, value] of Object.entries(row.counts)) total[name] = (total[name] ?? 0) + value;
  return total;
}
