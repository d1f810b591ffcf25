/** Copies a year map and moves one count from one year to another (null = none). */
export function moveYear(
  years: Record<string, number>,
  from: number | null,
  to: number | null,
): Record<string, number> {
  const next = { ...years };
  if (from !== null) {
    const left = (next[from] ?? 0) - 1;
    if (left <= 0) delete next[from];
    else next[from] = left;
  }
  if (to !== null) next[to] = (next[to] ?? 0) + 1;
  return next;
}

export const yearMap = (years: Record<string, number>): Map<number, number> =>
  new Map(Object.entries(years).map(([year, n]) => [Number(year), n]));
