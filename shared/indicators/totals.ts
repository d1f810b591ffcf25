import {
  type AggregateRow,
  BUCKET_KINDS,
  type BucketKind,
  type Counts,
  sumCounts,
} from '../aggregates/buckets';
import { inRange } from '../aggregates/spans';
import { periodMonths, type ReportPeriod, schoolYearFor } from './periods';

/**
 * What the formulas read for one unit and period: the maintained counters, summed over the range
 * each kind needs, plus the target populations. Built from aggregate rows only, never from records:
 * months, or the span roll-ups that are exactly the range (spans.ts), never both for one unit.
 */
export type IndicatorTotals = { counts: Record<BucketKind, Counts>; population: Counts };

/** The period range each counter kind is summed over (periods are yyyy-MM, yyyy or '-'). */
export function kindRange(
  kind: BucketKind,
  plan: { fromYear: number },
  period: ReportPeriod,
): { from: string; to: string } {
  const year = String(period.year);
  switch (kind) {
    case BUCKET_KINDS.cases:
    case BUCKET_KINDS.outreach:
      return periodMonths(period);
    // Distinct people trained since the plan began: each person counts once, in the year first trained.
    case BUCKET_KINDS.firstTrained:
      return { from: String(plan.fromYear), to: year };
    case BUCKET_KINDS.schoolsActive: {
      const schoolYear = String(schoolYearFor(period.year));
      return { from: schoolYear, to: schoolYear };
    }
    case BUCKET_KINDS.schoolRegister:
      return { from: '-', to: '-' };
    default:
      return { from: year, to: year };
  }
}

export function totalsFromRows(
  rows: readonly AggregateRow[],
  population: Counts,
  plan: { fromYear: number },
  period: ReportPeriod,
): IndicatorTotals {
  const counts = Object.fromEntries(
    Object.values(BUCKET_KINDS).map((kind) => {
      const { from, to } = kindRange(kind, plan, period);
      return [kind, sumCounts(rows.filter((r) => r.kind === kind && inRange(r, from, to)))];
    }),
  ) as Record<BucketKind, Counts>;
  return { counts, population };
}
