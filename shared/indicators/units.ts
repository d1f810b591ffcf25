/**
 * Which units' counters make up a unit's figures. Counters already roll up to every ancestor, so a
 * unit's own rows cover its descendants. The 2025 crosswalk adds predecessors: a unit that ceased to
 * exist and names this one as its successor reports here too (Quảng Nam and its districts → Đà Nẵng).
 * Only the top-most predecessors are added, so a district is not counted again beside its province.
 */
export type UnitLink = { code: string; parentCode: string | null; successorCodes: readonly string[] };

function ancestors(code: string, parents: ReadonlyMap<string, string | null>): string[] {
  const out: string[] = [];
  let parent = parents.get(code) ?? null;
  while (parent !== null && !out.includes(parent) && parent !== code) {
    out.push(parent);
    parent = parents.get(parent) ?? null;
  }
  return out;
}

export function reportingUnits(unitCode: string, units: readonly UnitLink[]): string[] {
  const parents = new Map(units.map((u) => [u.code, u.parentCode]));
  const covered = (code: string, roots: readonly string[]) =>
    roots.includes(code) || ancestors(code, parents).some((a) => roots.includes(a));
  const roots = [unitCode];
  // Successions can chain (A → B → C): follow them until no new predecessor appears.
  for (let changed = true; changed; ) {
    changed = false;
    const candidates = units
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
