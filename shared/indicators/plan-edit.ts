import type { Indicator, PlanFields, PlanInput } from '../model/plan';

/**
 * Editing plans as data. A new period copies the indicators and their formulas; each target moves
 * by the same number of years (2025's 80 % becomes 2030's 80 %) until the office edits it.
 */
export function copyPlanToPeriod(
  plan: Pick<PlanFields, 'code' | 'name' | 'unitCode' | 'fromYear' | 'toYear' | 'legalBasis' | 'indicators'>,
  fromYear: number,
  toYear: number,
): PlanInput {
  const shift = fromYear - plan.fromYear;
  const years = (text: string) =>
    text
      .replaceAll(`${plan.fromYear}–${plan.toYear}`, `${fromYear}–${toYear}`)
      .replaceAll(`${plan.fromYear}-${plan.toYear}`, `${fromYear}-${toYear}`);
  return {
    code: years(plan.code) === plan.code ? `${plan.code}-${fromYear}` : years(plan.code),
    name: years(plan.name) === plan.name ? `${plan.name} (${fromYear}–${toYear})` : years(plan.name),
    unitCode: plan.unitCode,
    fromYear,
    toYear,
    ...(plan.legalBasis === undefined ? {} : { legalBasis: plan.legalBasis }),
    indicators: plan.indicators.map((indicator) => ({
      ...indicator,
      targets: indicator.targets
        .map((t) => ({ ...t, year: t.year + shift }))
        .filter((t) => t.year >= fromYear && t.year <= toYear),
    })),
  };
}

/** Sets (or, with null, removes) one indicator's target for one year. */
export function withTarget(
  indicators: readonly Indicator[],
  code: string,
  year: number,
  value: number | null,
): Indicator[] {
  return indicators.map((indicator) => {
    if (indicator.code !== code) return indicator;
    const others = indicator.targets.filter((t) => t.year !== year);
    const old = indicator.targets.find((t) => t.year === year);
    const targets =
      value === null ? others : [...others, { year, value, comparator: old?.comparator ?? ('>=' as const) }];
    return { ...indicator, targets: targets.sort((a, b) => a.year - b.year) };
  });
}
