import { describe, expect, it } from 'vitest';
import { flattenUnitTree } from '../../../../renderer/features/programme/units/unit-tree';
import { SHIPPED_UNITS } from '../../../../shared/data/shipped-units';
import { type UnitRecord, unitFieldsSchema } from '../../../../shared/model';
import { foldVietnamese } from '../../../../shared/text/fold';

// The tree code reads only the unit fields; the record metadata is not part of what it shows.
const units = SHIPPED_UNITS.map((unit) => unitFieldsSchema.parse(unit) as UnitRecord);
const named = (query: string) => (unit: UnitRecord) =>
  foldVietnamese(unit.name).includes(foldVietnamese(query));

describe('the unit tree, found by name', () => {
  it('shows every shipped unit once when nothing is searched', () => {
    const nodes = flattenUnitTree(units, new Set());
    expect(nodes).toHaveLength(units.length);
    expect(new Set(nodes.map((n) => n.unit.code)).size).toBe(units.length);
  });

  it('keeps a found ward under its city, and nothing else', () => {
    const nodes = flattenUnitTree(units, new Set(), named('quang phu'));
    const shown = nodes.map((n) => `${n.depth} ${n.unit.name}`);
    expect(shown).toContain('1 Quảng Phú');
    const ward = nodes.find((n) => n.unit.name === 'Quảng Phú');
    const city = nodes.find((n) => n.unit.code === ward?.unit.parentCode);
    expect(city?.depth).toBe(0);
    // Every row shown either matches or is the ancestor of one that does.
    const byCode = new Map(units.map((u) => [u.code, u]));
    const ancestors = new Set<string>();
    for (const node of nodes.filter((n) => named('quang phu')(n.unit)))
      for (
        let up = byCode.get(node.unit.parentCode ?? '');
        up !== undefined;
        up = byCode.get(up.parentCode ?? '')
      )
        ancestors.add(up.code);
    for (const node of nodes)
      expect(named('quang phu')(node.unit) || ancestors.has(node.unit.code)).toBe(true);
    expect(nodes.length).toBeLessThan(10);
  });

  it('finds a unit inside a collapsed branch', () => {
    const collapsedAll = new Set(units.map((u) => u.code));
    expect(flattenUnitTree(units, collapsedAll).every((n) => n.depth === 0)).toBe(true);
    const found = flattenUnitTree(units, collapsedAll, named('tam thanh'));
    expect(found.some((n) => n.unit.name === 'Tam Thanh' && n.depth > 0)).toBe(true);
  });
});
