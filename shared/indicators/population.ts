import type { Counts } from '../aggregates/buckets';

export type PopulationEntry = { unitCode: string; year: number; category: string; count: number };

/**
 * The I1/I2 denominators for a unit in a year, by category. A unit's own figure wins over the sum of
 * its children (a province that enters its total must not be counted again through its districts);
 * otherwise the children's figures are summed, recursively. Offices do not re-count every year, so a
 * missing year falls back to the latest earlier year for that unit and category.
 */
export function populationFor(
  unitCodes: readonly string[],
  year: number,
  entries: readonly PopulationEntry[],
  children: ReadonlyMap<string, readonly string[]>,
): Counts {
  const own = new Map<string, { year: number; count: number }>();
  const categories = new Set<string>();
  for (const e of entries) {
    if (e.year > year) continue;
    categories.add(e.category);
    const key = `${e.unitCode}|${e.category}`;
    const seen = own.get(key);
    if (seen === undefined || seen.year < e.year) own.set(key, { year: e.year, count: e.count });
    else if (seen.year === e.year) seen.count += e.count;
  }
  const sum = (unit: string, category: string, visiting: Set<string>): number | null => {
    const mine = own.get(`${unit}|${category}`);
    if (mine !== undefined) return mine.count;
    if (visiting.has(unit)) return null;
    visiting.add(unit);
    let total: number | null = null;
    for (const child of children.get(unit) ?? []) {
      const part = sum(child, category, visiting);
      if (part !== null) total = (total ?? 0) + part;
    }
    return total;
  };
  const out: Counts = {};
  for (const category of categories) {
    let total: number | null = null;
    for (const unit of unitCodes) {
      const part = sum(unit, category, new Set());
      if (part !== null) total = (total ?? 0) + part;
    }
    if (total !== null) out[category] = total;
  }
  return out;
}
