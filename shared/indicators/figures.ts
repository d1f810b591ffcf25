import type { AggregateRow, Counts } from '../aggregates/buckets';
import { BUCKET_KINDS } from '../aggregates/buckets';
import { inRange } from '../aggregates/spans';
import { AGE_GROUPS, GBV_TYPES, SEXES } from '../model/case-enums';
import type { Indicator } from '../model/plan';
import { type BreakdownRow, breakdown } from './breakdown';
import { evaluatePlan, type IndicatorResult } from './evaluate';
import { periodMonths, planYears, type ReportPeriod, yearPeriod } from './periods';
import { type PopulationEntry, populationFor } from './population';
import { totalsFromRows } from './totals';
import { childrenOf, reportingUnits, type UnitLink } from './units';

/** What the dashboard and reports show for one unit: read once, computed here, pure. */
export type PlanLike = { fromYear: number; toYear: number; indicators: readonly Indicator[] };

export type FiguresInput = {
  plan: PlanLike;
  /**
   * Aggregate rows of the units `reportingUnits` names: all periods, or only the buckets the figures
   * sum (figure-buckets.ts: a monthly kind's span roll-ups in place of its months).
   */
  rows: readonly AggregateRow[];
  populations: readonly PopulationEntry[];
  units: readonly UnitLink[];
  unitCode: string;
  period: ReportPeriod;
};

export type Figures = {
  results: IndicatorResult[];
  trend: { year: number; results: IndicatorResult[] }[];
  /** Case counts of the period (GBV and not), by survivor sex, age group and violence type. */
  cases: { total: number; sex: BreakdownRow[]; age: BreakdownRow[]; type: BreakdownRow[] };
};

export function indicatorsAt(input: Omit<FiguresInput, 'period'>, period: ReportPeriod): IndicatorResult[] {
  const roots = reportingUnits(input.unitCode, input.units);
  const population = populationFor(roots, period.year, input.populations, childrenOf(input.units));
  return evaluatePlan(input.plan, totalsFromRows(input.rows, population, input.plan, period), period.year);
}

/** The case counters of the period, summed (its months, or its span roll-up). */
export function periodCaseCounts(rows: readonly AggregateRow[], period: ReportPeriod): Counts {
  const { from, to } = periodMonths(period);
  const cases: Counts = {};
  for (const row of rows) {
    if (row.kind !== BUCKET_KINDS.cases || !inRange(row, from, to)) continue;
    for (const [name, value] of Object.entries(row.counts)) cases[name] = (cases[name] ?? 0) + value;
  }
  return cases;
}

export function computeFigures(input: FiguresInput): Figures {
  const cases = periodCaseCounts(input.rows, input.period);
  return {
    results: indicatorsAt(input, input.period),
    trend: planYears(input.plan, input.period.year).map((year) => ({
      year,
      results: indicatorsAt(input, yearPeriod(year)),
    })),
    cases: {
      total: cases.total ?? 0,
      sex: breakdown(cases, 'sex', SEXES),
      age: breakdown(cases, 'age', AGE_GROUPS),
      type: breakdown(cases, 'type', GBV_TYPES),
    },
  };
}
