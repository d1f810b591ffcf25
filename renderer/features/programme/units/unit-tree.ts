import type { UnitRecord } from '../../../../shared/model';

export type UnitNode = { unit: UnitRecord; depth: number; childCount: number };

/**
 * The unit tree flattened in display order (parent, then its children by code), with each node's
 * depth. Units whose parent is unknown are shown as roots, so nothing imported ever disappears.
 * With `matches`, only the units it accepts are shown, each under its ancestors (a ward found by name
 * still reads as part of its city), and collapsing is ignored so no match hides inside a closed branch.
 */
export function flattenUnitTree(
  units: readonly UnitRecord[],
  collapsed: ReadonlySet<string>,
  matches?: (unit: UnitRecord) => boolean,
): UnitNode[] {
  const codes = new Set(units.map((unit) => unit.code));
  const shown = matches === undefined ? null : withAncestors(units, matches);
  const children = new Map<string | null, UnitRecord[]>();
  for (const unit of units) {
    const parent = unit.parentCode !== null && codes.has(unit.parentCode) ? unit.parentCode : null;
    const list = children.get(parent) ?? [];
    list.push(unit);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code, 'vi'));
  const out: UnitNode[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      if (seen.has(unit.code) || (shown !== null && !shown.has(unit.code))) continue;
      seen.add(unit.code);
      out.push({ unit, depth, childCount: children.get(unit.code)?.length ?? 0 });
      if (shown !== null || !collapsed.has(unit.code)) visit(unit.code, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** The codes of the units `matches` accepts and of all their ancestors (a cycle stops the climb). */
function withAncestors(units: readonly UnitRecord[], matches: (unit: UnitRecord) => boolean): Set<string> {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const shown = new Set<string>();
  for (const unit of units) {
    if (!matches(unit)) continue;
    let current: UnitRecord | undefined = unit;
    while (current !== undefined && !shown.has(current.code)) {
      shown.add(current.code);
      current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
    }
  }
  return shown;
}
