import { type AggregateRow, addTo, BUCKET_KINDS, type BucketKind, type Contribution } from './buckets';

/**
 * Span roll-ups: for the counter kinds kept by month (cases, outreach), the sum of a unit's months
 * over a calendar year (period `yyyy`) and over each half (`yyyy-H1`, `yyyy-H2`), the periods the
 * dashboard shows. They are derived rows — never exported, never part of a bundle — maintained by the
 * write primitive from the same deltas as the months, so a dashboard reads one row per unit and period
 * instead of twelve, and a roll-up always equals the sum of its months.
 */
export const MONTHLY_KINDS: ReadonlySet<BucketKind> = new Set([BUCKET_KINDS.cases, BUCKET_KINDS.outreach]);

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The spans a month (yyyy-MM) counts toward: its year, and its half of the year. */
export function spansOfMonth(period: string): string[] {
  const match = MONTH.exec(period);
  if (match === null) return [];
  const [, year = '', month = ''] = match;
  return [year, month <= '06' ? `${year}-H1` : `${year}-H2`];
}

const SPAN = /^\d{4}(-H[12])?$/;

/** Whether a monthly kind's period names a span (`yyyy`, `yyyy-H1`, `yyyy-H2`) rather than a month. */
export const isSpan = (period: string): boolean => SPAN.test(period);

/** The last month (yyyy-MM) of a monthly kind's period: a month itself, or the end of its span. */
export function lastMonthOf(period: string): string {
  if (!isSpan(period)) return period;
  return period.endsWith('-H1') ? `${period.slice(0, 4)}-06` : `${period.slice(0, 4)}-12`;
}

/** The span that is exactly the month range [from, to] (yyyy-MM), or null when none is. */
export function spanOfRange(from: string, to: string): string | null {
  const year = from.slice(0, 4);
  if (!MONTH.test(from) || !MONTH.test(to) || to.slice(0, 4) !== year) return null;
  if (from === `${year}-01` && to === `${year}-12`) return year;
  if (from === `${year}-01` && to === `${year}-06`) return `${year}-H1`;
  return from === `${year}-07` && to === `${year}-12` ? `${year}-H2` : null;
}

/**
 * Whether a row counts toward the range [from, to] of its kind: a month or year inside it, or a span
 * that is exactly the range. A span never lies inside a month range by string order ('2024' sorts
 * before '2024-01', '2024-H1' and '2024-H2' after '2024-12'), so rows of both sorts never count twice.
 */
export function inRange(row: AggregateRow, from: string, to: string): boolean {
  return (row.period >= from && row.period <= to) || row.period === spanOfRange(from, to);
}

/** The span roll-ups of monthly rows: what the stored roll-ups must equal (rebuild, check, upgrade). */
export function rollUpSpans(rows: Iterable<AggregateRow>): Map<string, AggregateRow> {
  const out: Contribution = new Map();
  addSpans(out, rows);
  for (const [key, row] of out) {
    for (const [name, value] of Object.entries(row.counts)) if (value === 0) delete row.counts[name];
    if (Object.keys(row.counts).length === 0) out.delete(key);
  }
  return out;
}

/** Adds each monthly row into its spans (a write's deltas, or a rebuild's rows); other rows are skipped. */
export function addSpans(into: Contribution, rows: Iterable<AggregateRow>): void {
  for (const row of rows) {
    if (!MONTHLY_KINDS.has(row.kind)) continue;
    for (const span of spansOfMonth(row.period)) addTo(into, row.kind, [row.unit], span, row.counts);
  }
}
