import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCommuneRows, units2025 } from '../../../../shared/data/da-nang-2025';
import { QUANG_NAM_UNITS } from '../../../../shared/data/quang-nam-units';
import { unitFieldsSchema } from '../../../../shared/model/unit';

const csv = readFileSync(
  new URL('../../../../shared/data/da-nang-2025-communes.csv', import.meta.url),
  'utf8',
);
const rows = parseCommuneRows(csv);
const { units, uncoded } = units2025(rows);
const byCode = new Map([...QUANG_NAM_UNITS, ...units].map((u) => [u.code, u]));

describe("Đà Nẵng's units since 1 July 2025, from the cited file", () => {
  it('has the 94 units of Resolution 1659/NQ-UBTVQH15: 23 wards, 70 communes, 1 special zone, each citing its clause', () => {
    const today = units.filter((u) => u.validFrom === '2025-07-01');
    expect(today).toHaveLength(94);
    const kinds: Record<string, number> = {};
    for (const u of today) kinds[u.kind] = (kinds[u.kind] ?? 0) + 1;
    expect(kinds).toEqual({ ward: 23, commune: 70, special_zone: 1 });
    for (const u of today) {
      expect(u.parentCode).toBe('48');
      expect(u.source).toMatch(/NQ 1659\/NQ-UBTVQH15, Điều 1 khoản \d+/);
      expect(rows.some((r) => r.code === u.code && r.new_unit === u.name)).toBe(true);
    }
  });

  it('keeps the former communes with the codes the sources cite, ending 30/06/2025 with their successor', () => {
    const former = units.filter((u) => u.level === 'commune' && u.validTo === '2025-06-30');
    // Every former commune the rows cite by code (280: the file's README says 278, its rows name 280
    // distinct codes), less those whose code a new unit kept (that code's record is the new unit).
    const cited = new Set(rows.flatMap((r) => [...r.source.matchAll(/\/(\d{5})\.json/g)].map((m) => m[1])));
    const kept = units.filter((u) => u.formerParentCode !== null).length;
    expect(cited.size).toBe(280);
    expect(former.length + kept).toBe(cited.size);
    for (const u of former) {
      expect(u.source).toContain('1659');
      expect(byCode.get(u.parentCode ?? '')?.level).toBe('district');
      for (const s of u.successorCodes ?? []) expect(byCode.get(s)?.validFrom).toBe('2025-07-01');
    }
    // xã Hòa Liên was split (khoản 9 and 10): both new wards succeed it, neither alone.
    const hoaLien = former.find((u) => u.name === 'Hòa Liên');
    expect(hoaLien?.successorCodes?.map((c) => byCode.get(c)?.name).sort()).toEqual([
      'Hải Vân',
      'Liên Chiểu',
    ]);
    // huyện Hoàng Sa is named by the resolution with no code in the cited list: named, not keyed.
    expect(uncoded).toEqual([{ successor: '20333', name: 'huyện Hoàng Sa' }]);
  });

  it("names Đà Nẵng's former districts by the codes the sources cite, and every unit passes the unit schema", () => {
    const districts = units.filter((u) => u.level === 'district').map((u) => `${u.code} ${u.name}`);
    expect(districts.sort()).toEqual([
      '490 Liên Chiểu',
      '491 Thanh Khê',
      '492 Hải Châu',
      '493 Sơn Trà',
      '494 Ngũ Hành Sơn',
      '495 Cẩm Lệ',
      '497 Hòa Vang',
    ]);
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    for (const u of units) expect(unitFieldsSchema.safeParse(u).success, u.code).toBe(true);
    // A kept code remembers its former district, which exists.
    for (const u of units.filter((x) => x.formerParentCode !== null))
      expect(byCode.get(u.formerParentCode ?? '')?.level).toBe('district');
  });

  it('refuses a row it cannot read rather than guessing', () => {
    const [header, first] = csv.split('\n');
    expect(() => parseCommuneRows(`${header}\n${first?.replace('Điều 1 khoản 1', 'khoản một')}`)).toThrow();
    expect(() => parseCommuneRows(`${header}\n"Hải Châu, mới",${first}`)).toThrow(/plain fields/);
  });
});
