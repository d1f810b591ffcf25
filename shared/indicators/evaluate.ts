import { BUCKET_KINDS, type BucketKind } from '../aggregates/buckets';
import type { Indicator, IndicatorComputation } from '../model/plan';
import type { IndicatorTotals } from './totals';

/**
 * The indicator formulas. Each is a pure function of the summed counters; a share whose denominator
 * is zero is "no data" (never 0 % or 100 %). A numerator above its denominator (more officials
 * trained than the target population says exist) is a data problem, not an achievement: the value is
 * capped at 100 % and the status is `check`, so nobody reads "met" off a stale denominator.
 */
export type IndicatorStatus = 'met' | 'near' | 'behind' | 'noTarget' | 'noData' | 'check';

export type IndicatorTarget = { year: number; value: number; comparator: '>=' | '=' };

export type IndicatorResult = {
  code: string;
  name: string;
  unit: 'percent' | 'count';
  numerator: number | null;
  denominator: number | null;
  /** Percent 0–100 (capped) for shares, the count for counts; null when there is no data. */
  value: number | null;
  /** The target judged against: the year's own, else the plan's next later one, else the last earlier. */
  target: IndicatorTarget | null;
  /** value as a percentage of the target value. */
  ofTarget: number | null;
  status: IndicatorStatus;
  numeratorExceedsDenominator: boolean;
  /** Figures about survivors: small cells are suppressed when they leave the office. */
  sensitive: boolean;
};

/** "Near" means at least this share of the target reached. */
export const NEAR_TARGET_PERCENT = 80;

type Ratio = { numerator: number; denominator: number | null };

/** `kind.counter`, e.g. `case.total`, `outreach.reachFemale`, `case.type:rape`. */
export function parseCounter(counter: string): { kind: BucketKind; name: string } | null {
  const dot = counter.indexOf('.');
  if (dot <= 0) return null;
  const kind = counter.slice(0, dot);
  const name = counter.slice(dot + 1);
  const kinds: readonly string[] = Object.values(BUCKET_KINDS);
  return kinds.includes(kind) && name !== '' ? { kind: kind as BucketKind, name } : null;
}

export function isSensitive(computation: IndicatorComputation): boolean {
  switch (computation.kind) {
    case 'casesSoughtHelpShare':
    case 'casesNeedsMetShare':
      return true;
    case 'count':
      return parseCounter(computation.counter)?.kind === BUCKET_KINDS.cases;
    default:
      return false;
  }
}

function ratioOf(computation: IndicatorComputation, totals: IndicatorTotals): Ratio | null {
  const { counts, population } = totals;
  switch (computation.kind) {
    case 'distinctTrainedShare': {
      let numerator = 0;
      let denominator: number | null = null;
      for (const category of new Set(computation.categories)) {
        numerator += counts[BUCKET_KINDS.firstTrained][`cat:${category}`] ?? 0;
        const people = population[category];
        if (people !== undefined) denominator = (denominator ?? 0) + people;
      }
      return { numerator, denominator };
    }
    case 'schoolsWithActivityShare':
      return {
        numerator: counts[BUCKET_KINDS.schoolsActive].schools ?? 0,
        denominator: counts[BUCKET_KINDS.schoolRegister].schools ?? 0,
      };
    case 'casesSoughtHelpShare':
      return {
        numerator: counts[BUCKET_KINDS.cases].soughtHelp ?? 0,
        denominator: counts[BUCKET_KINDS.cases].gbv ?? 0,
      };
    case 'casesNeedsMetShare':
      return {
        numerator: counts[BUCKET_KINDS.cases].needsMet ?? 0,
        denominator: counts[BUCKET_KINDS.cases].needHelp ?? 0,
      };
    case 'count': {
      const counter = parseCounter(computation.counter);
      return counter === null
        ? null
        : { numerator: counts[counter.kind][counter.name] ?? 0, denominator: null };
    }
  }
}

export function targetFor(targets: readonly IndicatorTarget[], year: number): IndicatorTarget | null {
  const own = targets.find((t) => t.year === year);
  if (own !== undefined) return own;
  const later = targets.filter((t) => t.year > year).sort((a, b) => a.year - b.year)[0];
  if (later !== undefined) return later;
  return targets.filter((t) => t.year < year).sort((a, b) => b.year - a.year)[0] ?? null;
}

function judge(
  value: number,
  target: IndicatorTarget | null,
): { ofTarget: number | null; status: IndicatorStatus } {
  if (target === null) return { ofTarget: null, status: 'noTarget' };
  if (target.value === 0) return { ofTarget: null, status: value >= 0 ? 'met' : 'behind' };
  const ofTarget = (value / target.value) * 100;
  if (target.comparator === '=') return { ofTarget, status: value === target.value ? 'met' : 'behind' };
  if (value >= target.value) return { ofTarget, status: 'met' };
  return { ofTarget, status: ofTarget >= NEAR_TARGET_PERCENT ? 'near' : 'behind' };
}

export function evaluateIndicator(
  indicator: Indicator,
  totals: IndicatorTotals,
  year: number,
): IndicatorResult {
  const base = {
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    target: targetFor(indicator.targets, year),
    sensitive: isSensitive(indicator.computation),
  };
  const ratio = ratioOf(indicator.computation, totals);
  const noData: IndicatorResult = {
    ...base,
    numerator: ratio?.numerator ?? null,
    denominator: ratio?.denominator ?? null,
    value: null,
    ofTarget: null,
    status: 'noData',
    numeratorExceedsDenominator: false,
  };
  if (ratio === null) return noData;
  if (indicator.unit === 'count' || indicator.computation.kind === 'count') {
    return { ...noData, value: ratio.numerator, denominator: null, ...judge(ratio.numerator, base.target) };
  }
  if (ratio.denominator === null || ratio.denominator === 0) return noData;
  const exceeds = ratio.numerator > ratio.denominator;
  const value = Math.min(100, (ratio.numerator / ratio.denominator) * 100);
  const judged = judge(value, base.target);
  return {
    ...noData,
    value,
    ofTarget: judged.ofTarget,
    status: exceeds ? 'check' : judged.status,
    numeratorExceedsDenominator: exceeds,
  };
}

export function evaluatePlan(
  plan: { indicators: readonly Indicator[] },
  totals: IndicatorTotals,
  year: number,
): IndicatorResult[] {
  return plan.indicators.map((indicator) => evaluateIndicator(indicator, totals, year));
}

/** The counter kinds a plan's formulas read (cases always, for the breakdowns): nothing else is loaded. */
export function kindsRead(indicators: readonly Indicator[]): BucketKind[] {
  const kinds = new Set<BucketKind>([BUCKET_KINDS.cases]);
  for (const { computation } of indicators) {
    if (computation.kind === 'distinctTrainedShare') kinds.add(BUCKET_KINDS.firstTrained);
    if (computation.kind === 'schoolsWithActivityShare') {
      kinds.add(BUCKET_KINDS.schoolsActive);
      kinds.add(BUCKET_KINDS.schoolRegister);
    }
    if (computation.kind === 'count') {
      const counter = parseCounter(computation.counter);
      if (counter !== null) kinds.add(counter.kind);
    }
  }
  return [...kinds];
}
