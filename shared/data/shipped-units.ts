import type { UnitInput } from '../model/unit';
import { parseCommuneRows, units2025 } from './da-nang-2025';
import csv from './da-nang-2025-communes.csv?raw';
import { QUANG_NAM_UNITS } from './quang-nam-units';

/**
 * The unit tree a new office starts with: Đà Nẵng city, its 94 communes, wards and special zone of
 * 1 July 2025, and the former units they replaced (Quảng Nam, its districts, Đà Nẵng's districts,
 * the former communes), each dated and citing its source. The province can replace or extend it
 * with the official list (Programme → Units → import) or a config bundle.
 */
export const SHIPPED_UNITS: readonly UnitInput[] = [
  ...QUANG_NAM_UNITS,
  ...units2025(parseCommuneRows(csv)).units,
];
