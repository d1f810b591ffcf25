import { QUANG_NAM_CODE, QUANG_NAM_UNITS } from '../../../shared/data/quang-nam-units';
import type { OfficeRole } from '../../../shared/model';

export type UnitOption = { code: string; name: string; parentCode: string | null };

/** Units an office of each level may serve, from the shipped Quảng Nam list (Quảng Nam first). */
export function unitOptions(role: OfficeRole): UnitOption[] {
  const level = role === 'district' ? 'district' : 'province';
  return QUANG_NAM_UNITS.filter((u) => u.level === level)
    .map((u) => ({ code: u.code, name: u.name, parentCode: u.parentCode ?? null }))
    .sort((a, b) => Number(b.code === QUANG_NAM_CODE) - Number(a.code === QUANG_NAM_CODE));
}

/** The province that receives an office's bundles: its parent, or itself for a province office. */
export const provinceOf = (unit: UnitOption): string => unit.parentCode ?? unit.code;
