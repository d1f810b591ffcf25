import { z } from 'zod';
import { AGE_GROUPS, CASE_STATUSES, DV_CATEGORIES, GBV_TYPES, NEEDS, SEXES } from '../../model/case-enums.ts';

/**
 * What an office may send to the province (the GBVIMS information-sharing rule): record types of a
 * data bundle's payload and the exact fields each may hold. Every row is built field by field from
 * an allow-list, so a field added to a local record later never leaves by accident.
 */
export const SHARED_TYPES = {
  cases: 'cases',
  aggregates: 'aggregates',
  people: 'people',
  trainingEvents: 'trainingEvents',
  attendances: 'attendances',
  schools: 'schools',
  schoolActivities: 'schoolActivities',
  outreach: 'outreach',
  populations: 'populations',
} as const;
export type SharedType = (typeof SHARED_TYPES)[keyof typeof SHARED_TYPES];

const month = z.string().regex(/^\d{4}-\d{2}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
const pseudonym = z.string().regex(/^[cp][0-9a-f]{32}$/);
const rev = z.int().min(1);

/**
 * A case, de-identified: categories, the unit and months only. No name, contact, age, exact date,
 * free text, case code or local id (a UUIDv7 carries its creation time): `id` is a keyed pseudonym.
 * `removed` tells the province to drop the row: the case was deleted, or consent was withdrawn.
 */
export const sharedCaseSchema = z.discriminatedUnion('removed', [
  z.strictObject({
    id: pseudonym,
    rev,
    removed: z.literal(false),
    reportMonth: month,
    incidentMonth: month,
    incidentUnit: code,
    gbvType: z.enum(GBV_TYPES),
    dvCategories: z.array(z.enum(DV_CATEGORIES)),
    sex: z.enum(SEXES),
    ageGroup: z.enum(AGE_GROUPS),
    soughtHelp: z.boolean(),
    needs: z.array(z.enum(NEEDS)),
    needsMet: z.array(z.enum(NEEDS)),
    status: z.enum(CASE_STATUSES),
  }),
  z.strictObject({ id: pseudonym, rev, removed: z.literal(true) }),
]);
export type SharedCase = z.infer<typeof sharedCaseSchema>;

/** One maintained counter row of the office, with small survivor counts left out (`suppressed`). */
export const sharedAggregateSchema = z.strictObject({
  key: z.string().max(200),
  kind: z.string().max(40),
  unit: code,
  period: z.string().max(10),
  counts: z.record(z.string(), z.int().min(0)),
  suppressed: z.array(z.string()),
});
export type SharedAggregate = z.infer<typeof sharedAggregateSchema>;

const base = { id: z.string().min(1).max(64), rev, removed: z.boolean() };

/** A trainee without name, position or birth year: a pseudonym keeps "trained twice = one person". */
export const sharedPersonSchema = z.strictObject({
  ...base,
  id: pseudonym,
  unitCode: code,
  category: z.string().max(40),
  sex: z.enum(SEXES),
});
export const sharedEventSchema = z.strictObject({
  ...base,
  unitCode: code,
  title: z.string().max(200),
  startDate: day,
  endDate: day.nullable(),
});
export const sharedAttendanceSchema = z.strictObject({
  ...base,
  eventId: z.string().min(1).max(64),
  personId: pseudonym,
  year: z.int(),
});
export const sharedSchoolSchema = z.strictObject({
  ...base,
  name: z.string().max(200),
  level: z.string().max(40),
  unitCode: code,
});
export const sharedActivitySchema = z.strictObject({
  ...base,
  schoolId: z.string().min(1).max(64),
  date: day,
  kind: z.string().max(40),
  schoolYear: z.int(),
  participants: z.int().min(0).nullable(),
});
export const sharedOutreachSchema = z.strictObject({
  ...base,
  date: day,
  unitCode: code,
  channel: z.string().max(40),
  reachFemale: z.int().min(0),
  reachMale: z.int().min(0),
  reachOther: z.int().min(0),
  groups: z.array(z.string().max(40)),
});
export const sharedPopulationSchema = z.strictObject({
  ...base,
  unitCode: code,
  year: z.int(),
  category: z.string().max(40),
  count: z.int().min(0),
});

export const SHARED_SCHEMAS = {
  cases: sharedCaseSchema,
  aggregates: sharedAggregateSchema,
  people: sharedPersonSchema,
  trainingEvents: sharedEventSchema,
  attendances: sharedAttendanceSchema,
  schools: sharedSchoolSchema,
  schoolActivities: sharedActivitySchema,
  outreach: sharedOutreachSchema,
  populations: sharedPopulationSchema,
} as const satisfies Record<SharedType, z.ZodType>;
