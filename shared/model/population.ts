import { z } from 'zod';
import { choice, optionalText, unitCode, wholeNumber } from './fields';
import type { recordMetaSchema } from './meta';
import { PERSON_CATEGORIES } from './training';

/** Denominators of I1 and I2: how many people of a category a unit has in a year, and who said so. */
export const targetPopulationFieldsSchema = z.object({
  unitCode: unitCode(),
  year: wholeNumber(2000, 2100),
  category: choice(PERSON_CATEGORIES),
  count: wholeNumber(0, 10_000_000),
  source: optionalText(300),
});
export type TargetPopulationInput = z.input<typeof targetPopulationFieldsSchema>;
export type TargetPopulationRecord = z.infer<typeof recordMetaSchema> &
  z.output<typeof targetPopulationFieldsSchema>;
