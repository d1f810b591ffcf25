import { z } from 'zod';
import { dhis2MappingSchema } from '../dhis2/mapping';
import { NEEDS } from './case-enums';
import { choice, text, unitCode, wholeNumber } from './fields';

/** Which tier this installation serves: a district (or commune) office, or the province. */
export const OFFICE_ROLES = ['district', 'province'] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

export const officeProfileSchema = z.object({
  unitCode: unitCode(),
  name: text(200),
  role: choice(OFFICE_ROLES),
  /** The province unit that receives this office's bundles. */
  provinceCode: unitCode(),
});
export type OfficeProfile = z.output<typeof officeProfileSchema>;
export type OfficeProfileInput = z.input<typeof officeProfileSchema>;

export const SMALL_CELL_MIN = 3;
export const SMALL_CELL_MAX = 10;

export const settingsSchema = z.object({
  autoLockMinutes: wholeNumber(1, 240).default(5),
  /**
   * Counts below this are shown as "< n" in anything published (reports, prints, files), with the
   * complementary cells that would give them away; and breakdowns of fewer consenting cases stay at
   * the office. 3–10: below 3 a hidden cell protects no one, above 10 little of a commune is left.
   */
  smallCellThreshold: wholeNumber(SMALL_CELL_MIN, SMALL_CELL_MAX).default(5),
  /**
   * The office's own referral directory (providers it refers survivors to, and which needs each serves),
   * offered first when a service is recorded; the built-in national list follows it.
   */
  referralProviders: z
    .array(z.object({ name: text(200), needs: z.array(choice(NEEDS)).min(1).max(NEEDS.length) }).strict())
    .max(200)
    .default([]),
  /** The province's DHIS2 mapping (Báo cáo → DHIS2); null until edited: the shipped defaults apply. */
  dhis2Mapping: dhis2MappingSchema.nullable().default(null),
});
export type Settings = z.output<typeof settingsSchema>;
export type ReferralProvider = Settings['referralProviders'][number];
export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 5,
  smallCellThreshold: 5,
  referralProviders: [],
  dhis2Mapping: null,
};
