import type { AggregateRow } from '../aggregates/buckets';

/**
 * Which units' counters make up a unit's figures. Counters already roll up to every ancestor, so a
 * unit's own rows cover its descendants. The 2025 crosswalk adds predecessors: a unit that ceased to
 * exist and names this one as its ONLY successor reports here too (a former commune → today's ward;
 * Quảng Nam → Đà Nẵng where the tree does not already hold it). A unit split among several successors
 * (xã Hòa Liên) reports under none of them alone — it cannot be divided — and still counts once in
 * the city above them. Only the top-most predecessors are added, so a district is not counted again
 * beside its province. And a former district adds, for its months up to June 2025, the codes today's
 * units kept from it (`formerParentCode`: phường Hải Châu kept a code that was in quận Hải Châu).
 */
export type UnitLink = {
  code: string;
  parentCode: string | null;
  successorCodes: readonly string[];
  formerParentCode?: string | null;
};
/** One unit whose counters count toward another's figures, up to the month `until` (yyyy-MM) if set. */
export type ReportingPart = { code: string; until: string | null };
/** The last month of the district tier: a kept code counts toward its former district up to here. */
const LAST_FORMER_MONTH = '2025-06';

function ancestors(code: string, parents: ReadonlyMap<string, string | null>): string[] {
  const out: string[] = [];
  let parent = parents.get(code) ?? null;
  while (parent !== null && !out.includes(parent) && parent !== code) {
    out.push(parent);
    parent = parents.get(parent) ?? null;
  }
  return out;
}

export function reportingParts(unitCode: string, units: readonly UnitLink[]): ReportingPart[] {
  const parents = new Map(units.map((u) => [u.code, u.parentCode]));
  const roots = reportingUnits(unitCode, units);
  const kept = units
    .filter((u) => u.formerParentCode === unitCode && !ancestors(u.code, parents).includes(unitCode))
    .map((u) => ({ code: u.code, until: LAST_FORMER_MONTH }));
  return [...roots.map((code) => ({ code, until: null })), ...kept];
}

/**
 * The rows of `parts` (read per unit into `rowsOf`), a kept code's only for the months it was in the
 * former district: monthly counters up to `until`, yearly ones for the years before it.
 */
export function rowsOfParts(
  parts: readonly ReportingPart[],
  rowsOf: (code: string) => readonly AggregateRow[],
): AggregateRow[] {
  return parts.flatMap(({ code, until }) =>
    rowsOf(code).filter(
      (row) =>
        until === null ||
        (row.period.length === 7
          ? row.period <= until
          : /^\d{4}$/.test(row.period) && row.period < until.slice(0, 4)),
    ),
  );
}

/** The units whose whole counters make up `unitCode`'s figures (its crosswalk predecessors included). */
export function reportingUnits(unitCode: string, units: readonly UnitLink[]): string[] {
  const parents = new Map(units.map((u) => [u.code, u.parentCode]));
  const covered = (code: string, roots: readonly string[]) =>
    roots.includes(code) || ancestors(code, parents).some((a) => roots.includes(a));
  const roots = [unitCode];
  // Successions can chain (A → B → C): follow them until no new predecessor appears.
  for (let changed = true; changed; ) {
    changed = false;
    const candidates = units
      .filter(
        (u) =>
          u.successorCodes.length === 1 &&
          u.successorCodes.some((s) => roots.includes(s) || covered(s, roots)),
      )
      .map((u) => u.code)
      .filter((code) => !covered(code, roots));
    // Keep only candidates none of whose ancestors is also a candidate.
    for (const code of candidates) {
      if (ancestors(code, parents).some((a) => candidates.includes(a))) continue;
      roots.push(code);
      changed = true;
    }
  }
  return roots;
}

/** Direct children of every unit, for the breakdown by unit and population roll-ups. */
export function childrenOf(units: readonly UnitLink[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentCode === null) continue;
    out.set(unit.parentCode, [...(out.get(unit.parentCode) ?? []), unit.code]);
  }
  return out;
}
