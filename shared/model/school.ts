import { z } from 'zod';
import { choice, freeText, pastDate, recordId, text, unitCode, wholeNumber } from './fields';
import type { recordMetaSchema } from './meta';

export const SCHOOL_LEVELS = [
  'preschool',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'multi_level',
  'continuing_vocational',
] as const;

export const schoolFieldsSchema = z.object({
  name: text(200),
  level: choice(SCHOOL_LEVELS),
  unitCode: unitCode(),
});
export type SchoolFields = z.output<typeof schoolFieldsSchema>;
export type SchoolInput = z.input<typeof schoolFieldsSchema>;
export type SchoolRecord = z.infer<typeof recordMetaSchema> & SchoolFields;

export const SCHOOL_ACTIVITY_KINDS = [
  'integrated_lesson',
  'assembly_talk',
  'club',
  'contest',
  'counselling_corner',
  'other',
] as const;

export const schoolActivityFieldsSchema = z.object({
  schoolId: recordId(),
  date: pastDate(),
  kind: choice(SCHOOL_ACTIVITY_KINDS),
  title: text(200),
  participants: wholeNumber(0, 100_000).optional(),
  note: freeText(500),
});
export type SchoolActivityInput = z.input<typeof schoolActivityFieldsSchema>;
export type SchoolActivityRecord = z.infer<typeof recordMetaSchema> &
  z.output<typeof schoolActivityFieldsSchema> & { schoolYear: number };

/** A Vietnamese school year starts in September: 15/10/2024 and 20/05/2025 both belong to 2024. */
export function schoolYearOf(isoDay: string): number {
  const year = Number(isoDay.slice(0, 4));
  const month = Number(isoDay.slice(5, 7));
  return month >= 9 ? year : year - 1;
}
