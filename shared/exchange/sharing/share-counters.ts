import { type AggregateRow, BUCKET_KINDS, bucketKey } from '../../aggregates/buckets';
import { EXACT_CASE_COUNTERS, NOT_CONSENTED, sharedCaseCounts } from '../../aggregates/case-counters';
import type { SharedAggregate } from './shared-records';

/**
 * Cases of a bucket whose breakdowns stayed at the office: consenting cases of a unit below the
 * office's own, or of a month with fewer consenting cases than the threshold.
 */
export const BREAKDOWN_WITHHELD = 'breakdownWithheld';

export type CounterSharing = {
  /** The office's own unit followed by its ancestors (the unit tree's chain). */
  officeChain: readonly string[];
  /** Fewest consenting cases a month's breakdowns may describe (the small-cell threshold, 3–10). */
  threshold: number;
  /**
   * `full` (the default): the rows are the office's whole snapshot, which replaces what the province
   * holds of it. `changes`: the rows changed since the previous bundle, with what they need beside
   * them (counterRowsNeededWith), which the province upserts.
   */
  scope?: 'full' | 'changes';
};

/**
 * The rows that must travel beside changed rows for shareCounters to give every one of them the form
 * it has in a full snapshot. A row's form depends on its own counts and, for the office's ancestors,
 * on the office's own row of the same month (breakdowns leave only when it has enough consenting cases
 * and the ancestor counts exactly the same ones). So for every month with a changed case row: the
 * rows of the office and of each ancestor for that month. Other rows' forms depend on themselves only.
 */
export function counterRowsNeededWith(
  changed: Iterable<Pick<AggregateRow, 'kind' | 'period'>>,
  { officeChain }: Pick<CounterSharing, 'officeChain'>,
): string[] {
  const months = new Set<string>();
  for (const row of changed) if (row.kind === BUCKET_KINDS.cases) months.add(row.period);
  return [...months].flatMap((period) =>
    officeChain.map((unit) => bucketKey(BUCKET_KINDS.cases, unit, period)),
  );
}

const consentedOf = (counts: Readonly<Record<string, number>>): number =>
  (counts.total ?? 0) - (counts[NOT_CONSENTED] ?? 0);

/**
 * The office's counters as they leave it (one rule for the app and `binhan demo`).
 *
 * - Indicator counters (EXACT_CASE_COUNTERS) and `notConsented` leave exact for every unit and month:
 *   they carry no attribute but the unit and the month, and the province's I1–I5 must equal the
 *   office's own for every period.
 * - Breakdowns (type, sex, age group, …) leave one dimension at a time, counting consenting cases
 *   only, and only where they describe one group of at least `threshold` consenting cases: the
 *   office's own unit per month. An ancestor's row (the province, recorded by the same write)
 *   carries them only when it counts exactly the same consenting cases, so two rows never differ
 *   by a few cases that subtraction would single out. Everywhere else the consenting cases are one
 *   `breakdownWithheld` count: the province sees how much of a breakdown is missing, never which
 *   categories the missing cases fall in, and no list of hidden cells leaves.
 * - Programme counters (trainees, schools, reach) carry no survivor and leave as they are.
 */
export function shareCounters(
  aggregates: readonly AggregateRow[],
  { officeChain, threshold }: CounterSharing,
): SharedAggregate[] {
  const [officeUnit] = officeChain;
  const ancestors = new Set(officeChain.slice(1));
  const officeConsented = new Map<string, number>();
  for (const row of aggregates) {
    if (row.kind === BUCKET_KINDS.cases && row.unit === officeUnit)
      officeConsented.set(row.period, consentedOf(row.counts));
  }
  return aggregates.map((row) => {
    const { key, kind, unit, period } = row;
    if (kind !== BUCKET_KINDS.cases) return { key, kind, unit, period, counts: { ...row.counts } };
    const consented = consentedOf(row.counts);
    const own = officeConsented.get(period) ?? -1;
    const breakdowns = own >= threshold && consented === own && (unit === officeUnit || ancestors.has(unit));
    const counts = sharedCaseCounts(row.counts);
    if (breakdowns) return { key, kind, unit, period, counts };
    const exact: Record<string, number> = {};
    for (const name of [...EXACT_CASE_COUNTERS, NOT_CONSENTED]) {
      const value = counts[name];
      if (value !== undefined) exact[name] = value;
    }
    if (consented > 0) exact[BREAKDOWN_WITHHELD] = consented;
    return { key, kind, unit, period, counts: exact };
  });
}
