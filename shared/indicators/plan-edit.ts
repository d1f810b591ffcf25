import type { Indicator, PlanFields, PlanInput } from '../model/plan';
import type { UnitFields } from '../model/unit';

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

/** How plan texts name a unit of each kind ("tỉnh Quảng Nam", "thành phố Đà Nẵng"); other kinds: the name alone. */
const KIND_WORDS: Readonly<Record<string, string>> = {
  province: 'tỉnh',
  city: 'thành phố',
  town: 'thị xã',
  district: 'huyện',
  ward: 'phường',
  commune: 'xã',
  township: 'thị trấn',
  special_zone: 'đặc khu',
};
const named = (unit: UnitNaming): string => {
  const word = KIND_WORDS[unit.kind];
  return word === undefined ? unit.name : `${word} ${unit.name}`;
};

type UnitNaming = Pick<UnitFields, 'code' | 'name' | 'kind' | 'validTo' | 'successorCodes' | 'parentCode'>;

/**
 * The unit that stands for `code` on `day`: itself while it exists, else its successor (the crosswalk
 * of 1 July 2025: Quảng Nam → Đà Nẵng) or, for a unit split among several or none (a former district),
 * the unit whose territory now holds it (its parent), followed until a unit valid that day; itself
 * when none is known.
 */
export function currentUnit<U extends UnitNaming>(
  code: string,
  units: readonly U[],
  day: string,
): U | undefined {
  const byCode = new Map(units.map((u) => [u.code, u]));
  let unit = byCode.get(code);
  const seen = new Set<string>();
  while (unit !== undefined && unit.validTo !== null && unit.validTo < day && !seen.has(unit.code)) {
    seen.add(unit.code);
    const [only, ...more] = unit.successorCodes;
    const next =
      only !== undefined && more.length === 0
        ? byCode.get(only)
        : unit.parentCode === null
          ? undefined
          : byCode.get(unit.parentCode);
    if (next === undefined) break;
    unit = next;
  }
  return unit;
}

/** Replaces the old unit's name in a plan text by the current one's ("tỉnh Quảng Nam" → "thành phố Đà Nẵng"). */
function renamed(text: string, from: UnitNaming, to: UnitNaming): string {
  if (from.code === to.code) return text;
  const withKind = named(from);
  if (withKind !== from.name && text.includes(withKind)) return text.replaceAll(withKind, named(to));
  return text.replaceAll(from.name, to.name);
}

/**
 * The plan after `plan`, offered when no plan covers the current year: the same indicators and
 * formulas, each year of the new period given the last target the old plan set (editable before it
 * is created), and the unit and the texts under today's unit (its name taken from the unit table,
 * never written here).
 */
export function nextPlan(
  plan: Pick<PlanFields, 'code' | 'name' | 'unitCode' | 'fromYear' | 'toYear' | 'legalBasis' | 'indicators'>,
  fromYear: number,
  toYear: number,
  units: readonly UnitNaming[],
  today: string,
): PlanInput {
  const copied = copyPlanToPeriod(plan, fromYear, toYear);
  const old = units.find((u) => u.code === plan.unitCode);
  const now = currentUnit(plan.unitCode, units, today);
  const text = (value: string) => (old === undefined || now === undefined ? value : renamed(value, old, now));
  const unitCode = now?.code ?? plan.unitCode;
  return {
    ...copied,
    code: `GBV-${unitCode}-${fromYear}-${toYear}`,
    name: text(copied.name),
    unitCode,
    ...(plan.legalBasis === undefined ? {} : { legalBasis: text(plan.legalBasis) }),
    indicators: plan.indicators.map((indicator) => {
      const last = [...indicator.targets].sort((a, b) => b.year - a.year)[0];
      const targets =
        last === undefined
          ? []
          : Array.from({ length: toYear - fromYear + 1 }, (_, i) => ({
              year: fromYear + i,
              value: last.value,
              comparator: last.comparator,
            }));
      return { ...indicator, targets };
    }),
  };
}
