import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AggregateRow,
  BUCKET_KINDS,
  type BucketKind,
  bucketKey,
} from '../../../../shared/aggregates/buckets';
import { inRange, rollUpSpans, spanOfRange, spansOfMonth } from '../../../../shared/aggregates/spans';
import { kindsRead } from '../../../../shared/indicators/evaluate';
import { figureBuckets } from '../../../../shared/indicators/figure-buckets';
import {
  computeFigures,
  indicatorsAt,
  type PlanLike,
  periodCaseCounts,
} from '../../../../shared/indicators/figures';
import { PERIOD_PARTS, periodMonths, type ReportPeriod } from '../../../../shared/indicators/periods';
import { timelinessFrom } from '../../../../shared/indicators/timeliness';
import { rowsOfParts } from '../../../../shared/indicators/units';
import type { Indicator } from '../../../../shared/model/plan';
import { plan as quangNamPlan, row } from './fixtures';

/**
 * The dashboard reads only the buckets its figures sum, with span roll-ups in place of months
 * (load-dashboard-data.ts): over random counters, every figure it shows must equal the figure
 * computed from every row of the unit — indicators, trend, breakdowns, timeliness, the table's cases.
 */
const UNIT = 'A';
const counts = fc.record(
  {
    total: fc.nat(9),
    gbv: fc.nat(9),
    soughtHelp: fc.nat(9),
    needHelp: fc.nat(9),
    needsMet: fc.nat(9),
    'sex:female': fc.nat(9),
    'type:rape': fc.nat(9),
    'age:18-25': fc.nat(9),
    'svcDays:0': fc.nat(3),
    'svcDays:4': fc.nat(3),
    'svcDays:400': fc.nat(3),
    svcNone: fc.nat(3),
    'fuNext:2024-02-10': fc.nat(3),
    'fuNext:2099-01-01': fc.nat(3),
    'cat:official': fc.nat(9),
    'cat:volunteer': fc.nat(9),
    schools: fc.nat(9),
    reachFemale: fc.nat(99),
    attendances: fc.nat(9),
  },
  { requiredKeys: [] },
);
const monthly = fc.record({
  kind: fc.constantFrom<BucketKind>(BUCKET_KINDS.cases, BUCKET_KINDS.outreach),
  year: fc.integer({ min: 2018, max: 2027 }),
  month: fc.integer({ min: 1, max: 12 }),
  counts,
});
const yearly = fc.record({
  kind: fc.constantFrom<BucketKind>(
    BUCKET_KINDS.firstTrained,
    BUCKET_KINDS.trainedInYear,
    BUCKET_KINDS.attendances,
    BUCKET_KINDS.schoolsActive,
  ),
  year: fc.integer({ min: 2015, max: 2027 }),
  counts,
});
const rowsArb = fc
  .tuple(fc.array(monthly, { maxLength: 60 }), fc.array(yearly, { maxLength: 20 }), fc.option(counts))
  .map(([months, years, register]) => {
    const out = new Map<string, AggregateRow>();
    const add = (kind: BucketKind, period: string, c: Record<string, number>) => {
      const key = bucketKey(kind, UNIT, period);
      const held = out.get(key) ?? row(kind, UNIT, period, {});
      for (const [name, n] of Object.entries(c)) if (n > 0) held.counts[name] = (held.counts[name] ?? 0) + n;
      out.set(key, held);
    };
    for (const m of months) add(m.kind, `${m.year}-${String(m.month).padStart(2, '0')}`, m.counts);
    for (const y of years) add(y.kind, String(y.year), y.counts);
    if (register !== null) add(BUCKET_KINDS.schoolRegister, '-', register);
    return [...out.values()];
  });
const count = (code: string, counter: string): Indicator => ({
  code,
  name: code,
  computation: { kind: 'count', counter },
  unit: 'count',
  targets: [{ year: 2024, value: 10, comparator: '>=' }],
});
const planArb = fc.integer({ min: 2018, max: 2024 }).chain((fromYear) =>
  fc.integer({ min: fromYear, max: fromYear + 5 }).map((toYear) => ({
    fromYear,
    toYear,
    indicators: [
      ...quangNamPlan.indicators,
      count('R', 'outreach.reachFemale'),
      count('T', 'trained.cat:official'),
      count('P', 'attend.attendances'),
    ],
  })),
);
const periodArb = fc.record({
  year: fc.integer({ min: 2018, max: 2027 }),
  part: fc.constantFrom(...PERIOD_PARTS),
});
const units = [{ code: UNIT, parentCode: null, successorCodes: [] }];

/** What the dashboard's read returns: the asked buckets, from the months and their span roll-ups. */
function bucketRows(
  all: readonly AggregateRow[],
  p: PlanLike,
  period: ReportPeriod,
  options: { trend: boolean; until: string | null },
): AggregateRow[] {
  const held = new Map([...all.map((r) => [r.key, r] as const), ...rollUpSpans(all)]);
  return figureBuckets(p, kindsRead(p.indicators), period, options).flatMap((b) => {
    const found = held.get(bucketKey(b.kind, UNIT, b.period));
    return found === undefined ? [] : [found];
  });
}

describe('the dashboard reads only the buckets its figures sum', () => {
  it('a span is exactly its months, and never counts toward a range of months by string order', () => {
    expect(spansOfMonth('2024-06')).toEqual(['2024', '2024-H1']);
    expect(spansOfMonth('2024-07')).toEqual(['2024', '2024-H2']);
    expect(spanOfRange('2024-07', '2024-12')).toBe('2024-H2');
    expect(spanOfRange('2024-01', '2024-12')).toBe('2024');
    expect(spanOfRange('2024-01', '2024-06')).toBe('2024-H1');
    expect(spanOfRange('2024-02', '2024-12')).toBeNull();
    const span = row(BUCKET_KINDS.cases, UNIT, '2024-H1', { total: 1 });
    expect(inRange(span, '2024-01', '2024-06')).toBe(true);
    expect(inRange(span, '2024-01', '2024-12')).toBe(false);
    expect(inRange(row(BUCKET_KINDS.cases, UNIT, '2024', { total: 1 }), '2024-01', '2024-06')).toBe(false);
  });

  it('figures from the buckets equal figures from every row, for the unit and for the table', () => {
    fc.assert(
      fc.property(rowsArb, planArb, periodArb, (all, p, period) => {
        const base = { plan: p, populations: [], units, unitCode: UNIT, period };
        const own = bucketRows(all, p, period, { trend: true, until: null });
        expect(computeFigures({ ...base, rows: own })).toEqual(computeFigures({ ...base, rows: all }));
        for (const today of ['2024-03-01', '2030-01-01'])
          expect(timelinessFrom(own, period, today)).toEqual(timelinessFrom(all, period, today));
        // A unit of the by-unit table: the period alone, no trend.
        const table = bucketRows(all, p, period, { trend: false, until: null });
        expect(indicatorsAt({ ...base, rows: table }, period)).toEqual(
          indicatorsAt({ ...base, rows: all }, period),
        );
        expect(periodCaseCounts(table, period)).toEqual(periodCaseCounts(all, period));
        expect(table.length).toBeLessThanOrEqual(own.length);
      }),
      { numRuns: 300 },
    );
  });

  it('a code that counts only up to a month is read as spans that end by then and months of the year it is cut in, as from every row', () => {
    // Any month of the arbitraries' years, beside the one former districts use (June 2025).
    const untilArb = fc.oneof(
      fc.constant('2025-06'),
      fc
        .record({ year: fc.integer({ min: 2018, max: 2027 }), month: fc.integer({ min: 1, max: 12 }) })
        .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(rowsArb, planArb, periodArb, untilArb, (all, p, period, until) => {
        const part = { code: UNIT, until };
        const base = { plan: p, populations: [], units, unitCode: UNIT, period };
        const whole = rowsOfParts([part], () => all);
        const own = rowsOfParts([part], () => bucketRows(all, p, period, { trend: true, until }));
        expect(computeFigures({ ...base, rows: own })).toEqual(computeFigures({ ...base, rows: whole }));
        for (const today of ['2024-03-01', '2030-01-01'])
          expect(timelinessFrom(own, period, today)).toEqual(timelinessFrom(whole, period, today));
        const table = rowsOfParts([part], () => bucketRows(all, p, period, { trend: false, until }));
        expect(indicatorsAt({ ...base, rows: table }, period)).toEqual(
          indicatorsAt({ ...base, rows: whole }, period),
        );
        expect(periodCaseCounts(table, period)).toEqual(periodCaseCounts(whole, period));
        // A period that ends by `until` is read as its span, not as its months.
        const { from, to } = periodMonths(period);
        if (to <= until)
          expect(
            bucketRows(all, p, period, { trend: false, until }).every(
              (r) => r.kind !== BUCKET_KINDS.cases || !/^\d{4}-\d{2}$/.test(r.period) || r.period < from,
            ),
          ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
