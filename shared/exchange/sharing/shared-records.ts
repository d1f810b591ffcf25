import { z } from 'zod';
import { BUCKET_KINDS, bucketKey } from '../../aggregates/buckets';
import { SEXES } from '../../model/case-enums';
import { OUTREACH_CHANNELS, OUTREACH_GROUPS } from '../../model/outreach';
import { SCHOOL_ACTIVITY_KINDS, SCHOOL_LEVELS } from '../../model/school';
import { PERSON_CATEGORIES } from '../../model/training';
import { hasDisguisingCharacters } from '../../text/invisible';

/**
 * What an office may send to the province (the GBVIMS information-sharing rule): record types of a
 * data bundle's payload and the exact fields each may hold, each with its type: categories are the
 * model's enums, ids are pseudonyms or codes, counter names are `name` or `name:value` tokens. Every
 * row is built field by field from an allow-list, so a field added to a local record later never
 * leaves by accident; main checks every row against these same schemas before it signs a bundle
 * (check-shared.ts), so a name, a phone or a narrative cannot leave under any field name either.
 */
export const SHARED_TYPES = {
  /** The office's full counter snapshot: the province replaces every row it holds of that office. */
  aggregates: 'aggregates',
  /** Counter rows changed since the previous bundle (`counts: {}` = the row is gone): upserted. */
  aggregateChanges: 'aggregateChanges',
  people: 'people',
  trainingEvents: 'trainingEvents',
  attendances: 'attendances',
  schools: 'schools',
  schoolActivities: 'schoolActivities',
  outreach: 'outreach',
  populations: 'populations',
} as const;
export type SharedType = (typeof SHARED_TYPES)[keyof typeof SHARED_TYPES];

/** Counter rows (snapshot or changes) and the case rows older bundles carried: not programme records. */
const NOT_PROGRAMME_RECORDS: ReadonlySet<string> = new Set(['aggregates', 'aggregateChanges', 'cases']);

/** How many of a bundle's rows (`counts` by record type) are the programme's own records, as screens say it. */
export const programmeRecordCount = (counts: Readonly<Record<string, number>>): number =>
  Object.entries(counts)
    .filter(([type]) => !NOT_PROGRAMME_RECORDS.has(type))
    .reduce((sum, [, n]) => sum + n, 0);

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
const pseudonym = z.string().regex(/^[cp][0-9a-f]{32}$/);
const rev = z.int().min(1);
/** A local record id (a UUIDv7) or code: no spaces, no letters with diacritics, no free text. */
const localId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
/** A counter's name as shared/aggregates/contributions.ts builds them: `total`, `sex:female`, `age:61+`. */
const counterName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}(:[A-Za-z0-9_.+-]{1,64})?$/);
/** yyyy-MM, yyyy, or '-' for counters without a period. */
const period = z.string().regex(/^(\d{4}(-\d{2})?|-)$/);

/** Nine digits or more, with or without separators: a phone or an ID number, never a title. */
const PHONE_OR_ID = /\d(?:[\s.-]?\d){8,}/;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/**
 * The two free texts that leave (a training's title, a school's name): one line, no phone or ID
 * number, e-mail address, bidirectional control or zero-width character.
 */
const title = z
  .string()
  .max(200)
  .refine((v) => !/[\r\n]/.test(v), 'một dòng')
  .refine((v) => !PHONE_OR_ID.test(v), 'giống số điện thoại hoặc số giấy tờ')
  .refine((v) => !EMAIL.test(v), 'giống địa chỉ thư điện tử')
  .refine((v) => !hasDisguisingCharacters(v), 'chứa ký tự ẩn');

/** One maintained counter row of the office (share-counters.ts: exact indicator counts, consented breakdowns). */
export const sharedAggregateSchema = z
  .strictObject({
    key: z.string().max(200),
    kind: z.enum(BUCKET_KINDS),
    unit: code,
    period,
    counts: z.record(counterName, z.int().min(0)),
  })
  .refine((row) => row.key === bucketKey(row.kind, row.unit, row.period), {
    message: 'khoá bộ đếm không khớp',
    path: ['key'],
  });

export type SharedAggregate = z.infer<typeof sharedAggregateSchema>;

const base = { id: localId, rev, removed: z.boolean() };

/** A trainee without name, position or birth year: a pseudonym keeps "trained twice = one person". */
export const sharedPersonSchema = z.strictObject({
  ...base,
  id: pseudonym,
  unitCode: code,
  category: z.enum(PERSON_CATEGORIES),
  sex: z.enum(SEXES),
});
export const sharedEventSchema = z.strictObject({
  ...base,
  unitCode: code,
  title,
  startDate: day,
  endDate: day.nullable(),
});
export const sharedAttendanceSchema = z.strictObject({
  ...base,
  eventId: localId,
  personId: pseudonym,
  year: z.int(),
});
export const sharedSchoolSchema = z.strictObject({
  ...base,
  name: title,
  level: z.enum(SCHOOL_LEVELS),
  unitCode: code,
});
export const sharedActivitySchema = z.strictObject({
  ...base,
  schoolId: localId,
  date: day,
  kind: z.enum(SCHOOL_ACTIVITY_KINDS),
  schoolYear: z.int(),
  participants: z.int().min(0).nullable(),
});
export const sharedOutreachSchema = z.strictObject({
  ...base,
  date: day,
  unitCode: code,
  channel: z.enum(OUTREACH_CHANNELS),
  reachFemale: z.int().min(0),
  reachMale: z.int().min(0),
  reachOther: z.int().min(0),
  groups: z.array(z.enum(OUTREACH_GROUPS)),
});
export const sharedPopulationSchema = z.strictObject({
  ...base,
  unitCode: code,
  year: z.int(),
  category: z.enum(PERSON_CATEGORIES),
  count: z.int().min(0),
});

export const SHARED_SCHEMAS = {
  aggregates: sharedAggregateSchema,
  aggregateChanges: sharedAggregateSchema,
  people: sharedPersonSchema,
  trainingEvents: sharedEventSchema,
  attendances: sharedAttendanceSchema,
  schools: sharedSchoolSchema,
  schoolActivities: sharedActivitySchema,
  outreach: sharedOutreachSchema,
  populations: sharedPopulationSchema,
} as const satisfies Record<SharedType, z.ZodType>;
