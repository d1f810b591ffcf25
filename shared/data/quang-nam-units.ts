import type { UnitInput } from '../model/unit';

/**
 * Quảng Nam and its 18 district-level units as of 2021 (GSO codes). On 1 July 2025 Quảng Nam merged
 * into Đà Nẵng city and the district tier was abolished, so every unit here is valid until
 * 30/06/2025 with Đà Nẵng (48) as its successor: the crosswalk that lets old records report under
 * the new city. Communes are loaded from the province's list (CSV import) rather than shipped here.
 */
export const QUANG_NAM_CODE = '49';
export const DA_NANG_CODE = '48';
const VALID_TO = '2025-06-30';

const district = (code: string, name: string, kind: 'city' | 'town' | 'district'): UnitInput => ({
  code,
  name,
  level: 'district',
  kind,
  parentCode: QUANG_NAM_CODE,
  validFrom: null,
  validTo: VALID_TO,
  successorCodes: [DA_NANG_CODE],
});

export const QUANG_NAM_UNITS: readonly UnitInput[] = [
  {
    code: DA_NANG_CODE,
    name: 'Đà Nẵng',
    level: 'province',
    kind: 'city',
    parentCode: null,
    validFrom: null,
    validTo: null,
    successorCodes: [],
  },
  {
    code: QUANG_NAM_CODE,
    name: 'Quảng Nam',
    level: 'province',
    kind: 'province',
    parentCode: null,
    validFrom: null,
    validTo: VALID_TO,
    successorCodes: [DA_NANG_CODE],
  },
  district('502', 'Tam Kỳ', 'city'),
  district('503', 'Hội An', 'city'),
  district('504', 'Tây Giang', 'district'),
  district('505', 'Đông Giang', 'district'),
  district('506', 'Đại Lộc', 'district'),
  district('507', 'Điện Bàn', 'town'),
  district('508', 'Duy Xuyên', 'district'),
  district('509', 'Quế Sơn', 'district'),
  district('510', 'Nam Giang', 'district'),
  district('511', 'Phước Sơn', 'district'),
  district('512', 'Hiệp Đức', 'district'),
  district('513', 'Thăng Bình', 'district'),
  district('514', 'Tiên Phước', 'district'),
  district('515', 'Bắc Trà My', 'district'),
  district('516', 'Nam Trà My', 'district'),
  district('517', 'Núi Thành', 'district'),
  district('518', 'Phú Ninh', 'district'),
  district('519', 'Nông Sơn', 'district'),
];
