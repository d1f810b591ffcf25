import { z } from 'zod';
import {
  AGE_GROUPS,
  CASE_STATUSES,
  CLOSURE_REASONS,
  CONTEXTS,
  DV_CATEGORIES,
  FOLLOW_UP_METHODS,
  GBV_TYPES,
  NEEDS,
  PERPETRATOR_AGE_GROUPS,
  PERPETRATOR_SEXES,
  REFERRAL_SOURCES,
  RELATIONSHIPS,
  SAFETY_OUTCOMES,
  SERVICE_OUTCOMES,
  SEXES,
  YES_NO_UNKNOWN,
} from './case-enums';
import {
  choice,
  flag,
  freeText,
  isoDate,
  optionalText,
  pastDate,
  recordId,
  text,
  unitCode,
  wholeNumber,
} from './fields';
import { V } from './messages';
import { recordMetaSchema } from './meta';

/** Limits that keep one record small and a pasted novel out of the vault. */
export const NARRATIVE_MAX = 20_000;
/** A follow-up note: a few paragraphs, not a second narrative. */
export const FOLLOW_UP_NOTE_MAX = 4_000;
/** Follow-up notes kept in one vault (one per follow-up). */
const FOLLOW_UP_NOTES_MAX = 500;

/**
 * What identifies a survivor. It lives only inside the encrypted vault of a case; nothing here may
 * appear in any index, aggregate, audit entry or export.
 */
export const survivorIdentitySchema = z.object({
  fullName: text(120),
  phone: z
    .string({ error: V.invalidPhone })
    .trim()
    .regex(/^(\+?\d[\d .-]{5,18}\d)?$/, { error: V.invalidPhone })
    .optional()
    .transform((value) => (value === '' ? undefined : value)),
  address: optionalText(300),
  idNumbers: z.array(text(40)).max(5, { error: V.tooLong }).default([]),
  birthYear: wholeNumber(1900, 2100).optional(),
  narrative: freeText(NARRATIVE_MAX),
  /**
   * Follow-up notes by follow-up id. Free prose about a survivor's situation names people and places,
   * so it is sealed with the identity, never stored beside the follow-up in the clear.
   */
  followUpNotes: z
    .record(recordId(), z.string().max(FOLLOW_UP_NOTE_MAX, { error: V.tooLong }))
    .refine((notes) => Object.keys(notes).length <= FOLLOW_UP_NOTES_MAX, { error: V.tooLong })
    .optional(),
});
export type SurvivorIdentity = z.output<typeof survivorIdentitySchema>;
export type SurvivorIdentityInput = z.input<typeof survivorIdentitySchema>;

export const serviceSchema = z.object({
  id: recordId(),
  need: choice(NEEDS),
  date: pastDate(),
  provider: text(200),
  outcome: choice(SERVICE_OUTCOMES),
});
export type CaseService = z.output<typeof serviceSchema>;
export const serviceInputSchema = serviceSchema.omit({ id: true });
export type CaseServiceInput = z.input<typeof serviceInputSchema>;

export const followUpSchema = z.object({
  id: recordId(),
  date: pastDate(),
  nextContactDate: isoDate().optional(),
  done: flag().default(false),
  /** Absent on follow-ups recorded before the method and safety outcome were asked. */
  method: choice(FOLLOW_UP_METHODS).optional(),
  safetyOutcome: choice(SAFETY_OUTCOMES).optional(),
  /** Whether the vault holds a note for this follow-up (the note itself is sealed with the identity). */
  hasNote: flag().optional(),
});
export type CaseFollowUp = z.output<typeof followUpSchema>;
/** What a follow-up form submits: the fields and the note, which the store seals into the vault. */
export const followUpInputSchema = followUpSchema
  .omit({ id: true, hasNote: true })
  .extend({ note: freeText(FOLLOW_UP_NOTE_MAX) });
export type CaseFollowUpInput = z.input<typeof followUpInputSchema>;
/** The follow-up dialog asks for the method and the safety outcome every time. */
export const followUpEntrySchema = followUpInputSchema.extend({
  method: choice(FOLLOW_UP_METHODS),
  safetyOutcome: choice(SAFETY_OUTCOMES),
});

/** The GBVIMS intake, without identifying data. */
const caseFieldsShape = {
  reportDate: pastDate(),
  incidentDate: pastDate(),
  incidentUnit: unitCode(),
  gbvType: choice(GBV_TYPES),
  context: choice(CONTEXTS),
  survivor: z.object({
    sex: choice(SEXES),
    age: wholeNumber(0, 120),
    disability: choice(YES_NO_UNKNOWN),
    ethnicity: optionalText(60),
  }),
  perpetrator: z.object({
    relationship: choice(RELATIONSHIPS),
    sex: choice(PERPETRATOR_SEXES),
    ageGroup: choice(PERPETRATOR_AGE_GROUPS),
  }),
  referralSource: choice(REFERRAL_SOURCES),
  /** I4: did the survivor seek help from a service provider (health, police, legal, social work…)? */
  soughtHelpFromProvider: flag(),
  needs: z.array(choice(NEEDS)).max(NEEDS.length),
  consent: z.object({ services: flag(), referral: flag(), deidentifiedReporting: flag() }),
  status: choice(CASE_STATUSES),
  closureReason: choice(CLOSURE_REASONS).optional(),
};

type CaseFieldsShape = {
  reportDate: string;
  incidentDate: string;
  needs: readonly string[];
  status: string;
  closureReason?: string | undefined;
};

/** Cross-field rules, shared by intake and edits so a patch cannot sneak past them. */
function checkCaseFields(value: CaseFieldsShape, ctx: z.RefinementCtx): void {
  if (value.incidentDate > value.reportDate) {
    ctx.addIssue({ code: 'custom', path: ['incidentDate'], message: V.incidentAfterReport });
  }
  if (new Set(value.needs).size !== value.needs.length) {
    ctx.addIssue({ code: 'custom', path: ['needs'], message: V.duplicateNeed });
  }
  if (value.status === 'closed' && value.closureReason === undefined) {
    ctx.addIssue({ code: 'custom', path: ['closureReason'], message: V.closureReasonRequired });
  }
}

export const caseFieldsSchema = z.object(caseFieldsShape).superRefine(checkCaseFields);
export type CaseFields = z.output<typeof caseFieldsSchema>;
export type CaseFieldsInput = z.input<typeof caseFieldsSchema>;

/** What an intake form submits: the fields, plus the identity that goes into the vault. */
export const caseInputSchema = z
  .object({ ...caseFieldsShape, identity: survivorIdentitySchema })
  .superRefine(checkCaseFields);
export type CaseInput = z.input<typeof caseInputSchema>;

/** Encrypted bytes: AES-256-GCM, a fresh 96-bit IV each time, the record id bound as AAD. */
const bytes = () => z.custom<Uint8Array>((value) => value instanceof Uint8Array);
/** `g`: the identity-key generation that sealed it (absent: 0, the data key of offices set up before the identity key). */
export const sealedSchema = z.object({
  v: z.literal(1),
  iv: bytes(),
  ct: bytes(),
  g: z.number().int().min(0).optional(),
});
export type Sealed = z.infer<typeof sealedSchema>;

/** The stored case: metadata, intake fields, derived fields, the vault and the blind indexes. */
export const caseRecordSchema = recordMetaSchema.extend({
  ...caseFieldsShape,
  caseCode: z.string(),
  /** yyyy-MM of the report date: the month that aggregates and list filters use. */
  month: z.string(),
  ageGroup: choice(AGE_GROUPS),
  dvCategories: z.array(choice(DV_CATEGORIES)),
  services: z.array(serviceSchema),
  followUps: z.array(followUpSchema),
  vault: sealedSchema,
  /** HMAC blind indexes (hex) of folded name+phone and name+birth year+commune; absent when unknown. */
  dupNamePhone: z.string().optional(),
  dupNameYearCommune: z.string().optional(),
  /** Set while the survivor's restriction request stands (no further processing; still counted). */
  restrictedAt: z.string().optional(),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** I5 is computed, never ticked: a need is met when at least one service for it was provided. */
export function unmetNeeds(record: Pick<CaseRecord, 'needs' | 'services'>): string[] {
  const met = new Set(record.services.filter((s) => s.outcome === 'provided').map((s) => s.need));
  return record.needs.filter((need) => !met.has(need));
}

export function monthOf(isoDay: string): string {
  return isoDay.slice(0, 7);
}
