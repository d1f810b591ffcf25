import type { AggregateRow } from '../aggregates/buckets';
import { BUCKET_KINDS } from '../aggregates/buckets';
import { FIRST_SERVICE_MAX_DAYS, NEXT_CONTACT, NO_SERVICE, SERVICE_DAYS } from '../aggregates/contributions';
import { inRange } from '../aggregates/spans';
import { periodMonths, type ReportPeriod } from './periods';

/**
 * Timeliness of the response for one unit and period, from the case counters alone (no case is read):
 * cases are those reported in the period, as everywhere on the dashboard.
 */
export type Timeliness = {
  /** Cases with a provided service, whose days to the first one make the median. */
  served: number;
  /** Median days from report to first provided service (x.5 when the two middle cases differ); null without any. */
  medianDays: number | null;
  /** The median lies beyond the counted range: "more than a year". */
  medianBeyond: boolean;
  /** Cases with no provided service yet. */
  notServed: number;
  /** Open cases whose next follow-up contact was due before today and is not done. */
  overdue: number;
};

const PREFIX = `${SERVICE_DAYS}:`;
const NEXT = `${NEXT_CONTACT}:`;

/** The n-th smallest value (1-based) of a histogram day → count. */
function nth(histogram: readonly (readonly [number, number])[], n: number): number {
  let seen = 0;
  for (const [days, count] of histogram) {
    seen += count;
    if (seen >= n) return days;
  }
  return histogram[histogram.length - 1]?.[0] ?? 0;
}

export function timelinessFrom(
  rows: readonly AggregateRow[],
  period: ReportPeriod,
  today: string,
): Timeliness {
  const { from, to } = periodMonths(period);
  const days = new Map<number, number>();
  let notServed = 0;
  let overdue = 0;
  for (const row of rows) {
    if (row.kind !== BUCKET_KINDS.cases || !inRange(row, from, to)) continue;
    for (const [name, value] of Object.entries(row.counts)) {
      if (name.startsWith(PREFIX)) {
        const n = Number(name.slice(PREFIX.length));
        days.set(n, (days.get(n) ?? 0) + value);
      } else if (name === NO_SERVICE) notServed += value;
      else if (name.startsWith(NEXT) && name.slice(NEXT.length) < today) overdue += value;
    }
  }
  const histogram = [...days].filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  const served = histogram.reduce((sum, [, count]) => sum + count, 0);
  let medianDays: number | null = null;
  if (served > 0) {
    const low = nth(histogram, Math.floor((served + 1) / 2));
    const high = nth(histogram, Math.floor(served / 2) + 1);
    medianDays = (low + high) / 2;
  }
  return {
    served,
    medianDays,
    medianBeyond: medianDays !== null && medianDays >= FIRST_SERVICE_MAX_DAYS,
    notServed,
    overdue,
  };
}
