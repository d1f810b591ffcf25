import { z } from 'zod';
import { choice, isoDate, text, unitCode } from './fields';
import { V } from './messages';
import { recordMetaSchema } from './meta';

/**
 * Organisation units. The primary key is the unit `code` (a GSO code), which never changes; the
 * record's `id` equals its code. Units are dated: since 1 July 2025 districts no longer exist, so a
 * unit has validTo and successor codes (the crosswalk) and old records keep reporting correctly.
 */
export const UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];
export const UNIT_KINDS = [
  'province',
  'city',
  'town',
  'district',
  'ward',
  'commune',
  'township',
  'special_zone',
] as const;

export const unitFieldsSchema = z
  .object({
    code: unitCode(),
    name: text(120),
    level: choice(UNIT_LEVELS),
    kind: choice(UNIT_KINDS),
    parentCode: unitCode().nullable(),
    validFrom: isoDate().nullable(),
    validTo: isoDate().nullable(),
    successorCodes: z.array(unitCode()).default([]),
    /**
     * For a unit that kept a former unit's code (most of 2025's communes did): the district that code
     * was in until validFrom − 1 day, so that district's earlier months still count its records.
     */
    formerParentCode: unitCode().nullable().default(null),
    /** Where the unit's name, code and predecessors come from (a resolution's article, a code list). */
    source: z.string().trim().max(2000).nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.validFrom !== null && value.validTo !== null && value.validTo < value.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: V.endBeforeStart });
    }
  });
export type UnitFields = z.output<typeof unitFieldsSchema>;
export type UnitInput = z.input<typeof unitFieldsSchema>;
export const unitRecordSchema = recordMetaSchema.and(unitFieldsSchema);
export type UnitRecord = z.infer<typeof recordMetaSchema> & UnitFields;

/** True when the unit exists on `day` (yyyy-MM-dd). */
export function unitValidOn(unit: Pick<UnitFields, 'validFrom' | 'validTo'>, day: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || day <= unit.validTo);
}
