import { UNITS_ABOLISHED_ON } from '../../../shared/data/quang-nam-units';
import { SHIPPED_UNITS } from '../../../shared/data/shipped-units';
import { type OfficeRole, todayIso, unitValidOn } from '../../../shared/model';

/**
 * What an office serves, as setup offers it: a commune or ward (today's units), the city or province
 * department, or a former unit (a district, or the former province) for an office that still reports
 * 2021–2025 periods under it.
 */
export const OFFICE_TIERS = ['commune', 'province', 'legacy'] as const;
export type OfficeTier = (typeof OFFICE_TIERS)[number];

export type UnitOption = {
  code: string;
  name: string;
  kind: string;
  level: string;
  parentCode: string | null;
};

/** A province-level unit's office receives bundles; every other office sends them. */
export const roleOfUnit = (unit: UnitOption | null, tier: OfficeTier): OfficeRole =>
  (unit === null ? tier === 'province' : unit.level === 'province') ? 'province' : 'district';

const parents = new Map(SHIPPED_UNITS.map((u) => [u.code, u.parentCode ?? null]));

/**
 * The shipped units an office of `tier` may serve on `day` (today unless told): today's communes
 * or the city for a new office; for a legacy office, the former province and its districts as they
 * stood on the last day before the two-tier reform.
 */
export function unitOptions(tier: OfficeTier, day = todayIso()): UnitOption[] {
  const on = tier === 'legacy' ? UNITS_ABOLISHED_ON : day;
  const fits = (u: (typeof SHIPPED_UNITS)[number]) =>
    tier === 'commune'
      ? u.level === 'commune'
      : tier === 'province'
        ? u.level === 'province'
        : u.level !== 'commune' && u.validTo === UNITS_ABOLISHED_ON;
  return SHIPPED_UNITS.filter(
    (u) => fits(u) && unitValidOn({ validFrom: u.validFrom ?? null, validTo: u.validTo ?? null }, on),
  )
    .map((u) => ({
      code: u.code,
      name: u.name,
      kind: u.kind,
      level: u.level,
      parentCode: u.parentCode ?? null,
    }))
    .sort(
      (a, b) =>
        Number(b.level === 'province') - Number(a.level === 'province') || a.name.localeCompare(b.name, 'vi'),
    );
}

/**
 * The province that receives an office's bundles: the top of its unit's tree (a former Quảng Nam
 * district sends to Đà Nẵng, whose territory holds it now), or itself for a province office.
 */
export function provinceOf(unit: UnitOption): string {
  let code = unit.code;
  for (let parent = unit.parentCode; parent !== null; parent = parents.get(parent) ?? null) code = parent;
  return code;
}
