import type { AggregateRow } from '../aggregates/buckets';
import { lastMonthOf, MONTHLY_KINDS } from '../aggregates/spans';

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

export function reportingParts(unitCode: string, units: readonly UnitLink[]): readonly ReportingPart[] {
  const index = indexOf(units);
  let parts = index.parts.get(unitCode);
  if (parts === undefined) {
    const roots = reportingUnits(unitCode, units);
    const kept = units
      .filter((u) => u.formerParentCode === unitCode && !ancestors(u.code, index.parents).includes(unitCode))
      .map((u) => ({ code: u.code, until: LAST_FORMER_MONTH }));
    parts = [...roots.map((code) => ({ code, until: null })), ...kept];
    index.parts.set(unitCode, parts);
  }
  return parts;
}

/**
 * What the functions below derive from one list of units, computed once per list: the dashboard asks
 * them for each of a hundred units, and each answer would otherwise walk the whole tree again. A
 * list is read as it was loaded (the store hands out a new one after a change), never mutated.
 */
type UnitIndex = {
  parents: ReadonlyMap<string, string | null>;
  children: ReadonlyMap<string, readonly string[]>;
  /** Units with exactly one successor: the crosswalk's predecessors. */
  predecessors: readonly UnitLink[];
  roots: Map<string, readonly string[]>;
  parts: Map<string, readonly ReportingPart[]>;
};
const INDEXES = new WeakMap<readonly UnitLink[], UnitIndex>();

function indexOf(units: readonly UnitLink[]): UnitIndex {
  let index = INDEXES.get(units);
  if (index === undefined) {
    const children = new Map<string, string[]>();
    for (const unit of units) {
      if (unit.parentCode === null) continue;
      children.set(unit.parentCode, [...(children.get(unit.parentCode) ?? []), unit.code]);
    }
    index = {
      parents: new Map(units.map((u) => [u.code, u.parentCode])),
      children,
      predecessors: units.filter((u) => u.successorCodes.length === 1),
      roots: new Map(),
      parts: new Map(),
    };
    INDEXES.set(units, index);
  }
  return index;
}

/**
 * The rows of `parts` (read per unit into `rowsOf`), a kept code's only for the months it was in the
 * former district: monthly counters (months, or span roll-ups) that end by `until`, yearly ones for
 * the years before it.
 */
export function rowsOfParts(
  parts: readonly ReportingPart[],
  rowsOf: (code: string) => readonly AggregateRow[],
): AggregateRow[] {
  return parts.flatMap(({ code, until }) =>
    rowsOf(code).filter(
      (row) =>
        until === null ||
        // A monthly kind's month, or its span roll-up (which ends in its last month).
        (MONTHLY_KINDS.has(row.kind)
          ? lastMonthOf(row.period) <= until
          : /^\d{4}$/.test(row.period) && row.period < until.slice(0, 4)),
    ),
  );
}

/** The units whose whole counters make up `unitCode`'s figures (its crosswalk predecessors included). */
export function reportingUnits(unitCode: string, units: readonly UnitLink[]): readonly string[] {
  const index = indexOf(units);
  const held = index.roots.get(unitCode);
  if (held !== undefined) return held;
  const { parents } = index;
  const covered = (code: string, roots: readonly string[]) =>
    roots.includes(code) || ancestors(code, parents).some((a) => roots.includes(a));
  const roots = [unitCode];
  // Successions can chain (A → B → C): follow them until no new predecessor appears.
  for (let changed = true; changed; ) {
    changed = false;
    const candidates = index.predecessors
      .filter((u) => u.successorCodes.some((s) => roots.includes(s) || covered(s, roots)))
      .map((u) => u.code)
      .filter((code) => !covered(code, roots));
    // Keep only candidates none of whose ancestors is also a candidate.
    for (const code of candidates) {
      if (ancestors(code, parents).some((a) => candidates.includes(a))) continue;
      roots.push(code);
      changed = true;
    }
  }
  index.roots.set(unitCode, roots);
  return roots;
}

/** Direct children of every unit, for the breakdown by unit and population roll-ups. */
export function childrenOf(units: readonly UnitLink[]): ReadonlyMap<string, readonly string[]> {
  return indexOf(units).children;
}
