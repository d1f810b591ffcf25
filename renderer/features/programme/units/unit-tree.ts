import type { UnitRecord } from '../../../../shared/model';

export type UnitNode = { unit: UnitRecord; depth: number; childCount: number };

/**
 * The unit tree flattened in display order (parent, then its children by code), with each node's
 * depth. Units whose parent is unknown are shown as roots, so nothing imported ever disappears.
 */
export function flattenUnitTree(units: readonly UnitRecord[], collapsed: ReadonlySet<string>): UnitNode[] {
  const codes = new Set(units.map((unit) => unit.code));
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
      if (seen.has(unit.code)) continue;
      seen.add(unit.code);
      out.push({ unit, depth, childCount: children.get(unit.code)?.length ?? 0 });
      if (!collapsed.has(unit.code)) visit(unit.code, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
