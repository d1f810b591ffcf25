import { BUCKET_KINDS, type BucketKind } from '../aggregates/buckets';
import { MONTHLY_KINDS, spanOfRange } from '../aggregates/spans';
import type { PlanLike } from './figures';
import { planYears, type ReportPeriod, yearPeriod } from './periods';
import { kindRange } from './totals';

/**
 * The exact counter buckets (kind, period) that the figures of one unit sum for `period` — with
 * `trend`, for each of the plan's years up to it as well — so the dashboard reads those rows and no
 * others. A monthly kind is read as the span roll-up that is exactly the range. `until` (yyyy-MM) is
 * for a code that counts only up to a month (`ReportingPart.until`, rowsOfParts cuts its rows there):
 * a range that ends by then is still its span, one that starts after it is not read, and the year
 * a range is cut in is read month by month up to `until`.
 * The figures computed from these rows equal those computed from every row (figure-buckets test).
 */
export function figureBuckets(
  plan: PlanLike,
  kinds: readonly BucketKind[],
  period: ReportPeriod,
  { trend, until }: { trend: boolean; until: string | null },
): { kind: BucketKind; period: string }[] {
  const periods = [period, ...(trend ? planYears(plan, period.year).map(yearPeriod) : [])];
  const monthly = periods.flatMap((at) =>
    kinds.filter((kind) => MONTHLY_KINDS.has(kind)).map((kind) => kindRange(kind, plan, at)),
  );
  // Months and spans of one kind never mix within a year (a month would count again in its span):
  // a range no span covers exactly makes the whole read month by month, and a range cut at `until`
  // makes its year month by month. Ranges never cross a year (periods.ts), so other years keep spans.
  const byMonth = monthly.some(({ from, to }) => spanOfRange(from, to) === null);
  const cutYears = new Set(
    monthly.flatMap(({ from, to }) =>
      until !== null && from <= until && until < to ? [from.slice(0, 4)] : [],
    ),
  );
  const out = new Map<string, { kind: BucketKind; period: string }>();
  const add = (kind: BucketKind, p: string) => out.set(`${kind}|${p}`, { kind, period: p });
  for (const at of periods) {
    for (const kind of kinds) {
      const { from, to } = kindRange(kind, plan, at);
      if (kind === BUCKET_KINDS.schoolRegister) add(kind, '-');
      else if (MONTHLY_KINDS.has(kind)) {
        const last = until !== null && until < to ? until : to;
        if (from > last) continue;
        const span = byMonth || cutYears.has(from.slice(0, 4)) ? null : spanOfRange(from, to);
        if (span !== null) add(kind, span);
        else for (const month of monthsBetween(from, last)) add(kind, month);
      } else for (let y = Number(from); y <= Number(to); y += 1) add(kind, String(y));
    }
  }
  return [...out.values()];
}

/** yyyy-MM from `from` to `to`, inclusive. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    if (label > to) return out;
    out.push(label);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
