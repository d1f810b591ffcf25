import { z } from 'zod';
import { AGE_GROUPS, GBV_TYPES, SEXES } from '../model/case-enums';

/**
 * How Bình An's figures are named in a DHIS2 instance: data element codes for each indicator's
 * numerator and denominator and for the case counts, a category (its code, and each option's
 * category option and category option combo codes) for each breakdown, and the org unit code of
 * each unit. Defaults ship with the app; the province edits them to match its instance. Imports use
 * the CODE id scheme, so nothing here is a DHIS2 UID.
 */

/** A DHIS2 code (DHIS2 allows 50 characters); no spaces or markup, so it travels in JSON and XML as is. */
export const dhis2Code = () =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/, { error: 'dhis2.invalidCode' });

/**
 * A category code is also an attribute name in ADX (`<dataValue SEX="F" …>`): an XML name without a
 * colon, not one of ADX's own attributes and not reserved for XML.
 */
const ADX_OWN = new Set(['dataElement', 'value', 'orgUnit', 'period', 'dataSet', 'exported']);
export const categoryCode = () =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,49}$/, { error: 'dhis2.invalidCategory' })
    .refine((code) => !ADX_OWN.has(code) && !/^xml/i.test(code), { error: 'dhis2.invalidCategory' });

/** The breakdowns exported, one dimension at a time (as they leave an office), each its own data element. */
export const DHIS2_BREAKDOWNS = { sex: SEXES, age: AGE_GROUPS, type: GBV_TYPES } as const;
export type BreakdownDimension = keyof typeof DHIS2_BREAKDOWNS;
export const BREAKDOWN_DIMENSIONS = Object.keys(DHIS2_BREAKDOWNS) as BreakdownDimension[];
/** The option for cases this breakdown does not describe (no consent, or withheld at the office). */
export const NOT_BROKEN_DOWN = 'none';

const optionSchema = z.object({ categoryOption: dhis2Code(), categoryOptionCombo: dhis2Code() }).strict();
const breakdownSchema = z
  .object({
    dataElement: dhis2Code(),
    category: categoryCode(),
    options: z.record(z.string().max(40), optionSchema),
  })
  .strict();

export const dhis2MappingSchema = z
  .object({
    /** The data set the values belong to (ADX groups and the JSON name it; DHIS2 checks assignment). */
    dataSet: dhis2Code(),
    /** Per indicator code: the data elements of its numerator and denominator (a count has only the first). */
    indicators: z.record(
      z.string().max(20),
      z.object({ numerator: dhis2Code(), denominator: dhis2Code().nullable() }).strict(),
    ),
    /** All cases of the period (the breakdowns' total). */
    casesTotal: dhis2Code(),
    breakdowns: z
      .object({ sex: breakdownSchema, age: breakdownSchema, type: breakdownSchema })
      .strict()
      .superRefine((value, ctx) => {
        for (const dimension of BREAKDOWN_DIMENSIONS) {
          const options = value[dimension].options;
          for (const option of [...DHIS2_BREAKDOWNS[dimension], NOT_BROKEN_DOWN])
            if (options[option] === undefined)
              ctx.addIssue({
                code: 'custom',
                path: [dimension, 'options', option],
                message: 'dhis2.missingOption',
              });
        }
      }),
    /**
     * Org unit codes that differ from the shipped unit code, by unit code; `null` marks a unit as not
     * in the DHIS2 instance. A unit not listed here uses its own code only if that code is a shipped
     * (GSO) code; any other unit is unmapped until the province types its code.
     */
    orgUnits: z.record(z.string().max(32), dhis2Code().nullable()),
  })
  .strict();
export type Dhis2Mapping = z.output<typeof dhis2MappingSchema>;

const upper = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
const options = (dimension: BreakdownDimension) =>
  Object.fromEntries(
    [...DHIS2_BREAKDOWNS[dimension], NOT_BROKEN_DOWN].map((option) => {
      const code = `BA_${upper(dimension)}_${upper(option)}`;
      return [option, { categoryOption: code, categoryOptionCombo: code }];
    }),
  );

/** The shipped mapping: Bình An's own codes (the province creates them in DHIS2, or edits these). */
export const DEFAULT_DHIS2_MAPPING: Dhis2Mapping = dhis2MappingSchema.parse({
  dataSet: 'BA_GBV',
  indicators: Object.fromEntries(
    ['I1', 'I2', 'I3', 'I4', 'I5'].map((code) => [
      code,
      { numerator: `BA_${code}_NUM`, denominator: `BA_${code}_DEN` },
    ]),
  ),
  casesTotal: 'BA_CASES',
  breakdowns: {
    sex: { dataElement: 'BA_CASES_SEX', category: 'BA_SEX', options: options('sex') },
    age: { dataElement: 'BA_CASES_AGE', category: 'BA_AGE', options: options('age') },
    type: { dataElement: 'BA_CASES_TYPE', category: 'BA_TYPE', options: options('type') },
  },
  orgUnits: {},
});

export type OrgUnitMapping =
  | { orgUnit: string; source: 'override' | 'shipped' }
  | { orgUnit: null; source: 'unmapped' | 'override' };

/**
 * The DHIS2 org unit code of a unit: the province's override, else the unit's own code when it is a
 * shipped code (shared/data, the GSO code list the national instance keys its units by), else none.
 * A code is never made up: a unit the shipped data does not hold stays unmapped.
 */
export function orgUnitOf(
  unitCode: string,
  mapping: Pick<Dhis2Mapping, 'orgUnits'>,
  shippedCodes: ReadonlySet<string>,
): OrgUnitMapping {
  if (Object.hasOwn(mapping.orgUnits, unitCode)) {
    const orgUnit = mapping.orgUnits[unitCode] ?? null;
    return orgUnit === null ? { orgUnit: null, source: 'override' } : { orgUnit, source: 'override' };
  }
  return shippedCodes.has(unitCode)
    ? { orgUnit: unitCode, source: 'shipped' }
    : { orgUnit: null, source: 'unmapped' };
}
