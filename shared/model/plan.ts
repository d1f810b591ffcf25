import { z } from 'zod';
import { choice, optionalText, text, unitCode, wholeNumber } from './fields';
import type { recordMetaSchema } from './meta';
import { PERSON_CATEGORIES } from './training';

/**
 * Plans are data, never code: a plan names its period and unit, and each indicator picks a
 * computation from a small library (implemented in shared/indicators/ over the aggregates).
 */
export const computationSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('distinctTrainedShare'),
    categories: z.array(choice(PERSON_CATEGORIES)).min(1),
  }),
  z.object({ kind: z.literal('schoolsWithActivityShare') }),
  z.object({ kind: z.literal('casesSoughtHelpShare') }),
  z.object({ kind: z.literal('casesNeedsMetShare') }),
  z.object({ kind: z.literal('count'), counter: text(80) }),
]);
export type IndicatorComputation = z.infer<typeof computationSchema>;

export const targetSchema = z.object({
  year: wholeNumber(2000, 2100),
  /** Percent for shares, a count for counts. */
  value: z.number().min(0).max(1_000_000_000),
  comparator: z.enum(['>=', '=']).default('>='),
});

export const indicatorSchema = z.object({
  code: text(20),
  name: text(400),
  computation: computationSchema,
  unit: z.enum(['percent', 'count']),
  targets: z.array(targetSchema),
});
export type Indicator = z.output<typeof indicatorSchema>;

export const planFieldsSchema = z.object({
  code: text(40),
  name: text(300),
  unitCode: unitCode(),
  fromYear: wholeNumber(2000, 2100),
  toYear: wholeNumber(2000, 2100),
  legalBasis: optionalText(300),
  indicators: z.array(indicatorSchema),
});
export type PlanInput = z.input<typeof planFieldsSchema>;
export type PlanFields = z.output<typeof planFieldsSchema>;
export type PlanRecord = z.infer<typeof recordMetaSchema> & PlanFields;
