import type { UnitInput } from '../model/unit';

/**
 * Quảng Nam and its 18 district-level units as of 2021 (GSO codes). On 1 July 2025 Quảng Nam merged
 * into Đà Nẵng city and the district tier was abolished (Nghị quyết 202/2025/QH15; Nghị quyết
 * 1659/NQ-UBTVQH15), so every unit here ends on 30/06/2025 inside Đà Nẵng (48): its parent is the
 * city whose territory now holds it, so 2021–2025 records count under the old units and once under
 * the city. Huyện Nông Sơn was merged into huyện Quế Sơn on 1/1/2025 (NQ 1241/NQ-UBTVQH15). The
 * district codes are the ones the commune file's sources cite (dvhcvn/20250701 output/49/<code>/);
 * today's communes and the former communes are in da-nang-2025.ts.
 */
export const QUANG_NAM_CODE = '49';
export const DA_NANG_CODE = '48';
/** The last day of the district tier and of Quảng Nam province. */
export const UNITS_ABOLISHED_ON = '2025-06-30';
/** The first day of the two-tier local government (NQ 1659/NQ-UBTVQH15, Điều 2). */
export const UNITS_VALID_FROM = '2025-07-01';
const DISTRICT_SOURCE = 'dvhcvn/20250701@dd94887 output/49';

const district = (code: string, name: string, kind: 'city' | 'town' | 'district'): UnitInput => ({
  code,
  name,
  level: 'district',
  kind,
  parentCode: QUANG_NAM_CODE,
  validFrom: null,
  validTo: UNITS_ABOLISHED_ON,
  successorCodes: [],
  formerParentCode: null,
  source: `${DISTRICT_SOURCE}/${code}/`,
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
    formerParentCode: null,
    source: 'Nghị quyết 1659/NQ-UBTVQH15 (thành phố Đà Nẵng)',
  },
  {
    code: QUANG_NAM_CODE,
    name: 'Quảng Nam',
    level: 'province',
    kind: 'province',
    parentCode: DA_NANG_CODE,
    validFrom: null,
    validTo: UNITS_ABOLISHED_ON,
    successorCodes: [DA_NANG_CODE],
    formerParentCode: null,
    source: 'Nghị quyết 202/2025/QH15 (sắp xếp tỉnh Quảng Nam vào thành phố Đà Nẵng)',
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
  {
    ...district('519', 'Nông Sơn', 'district'),
    validTo: '2024-12-31',
    successorCodes: ['509'],
    source: 'NQ 1241/NQ-UBTVQH15 (nhập vào huyện Quế Sơn từ 1/1/2025)',
  },
];
