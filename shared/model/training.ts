import { z } from 'zod';
import { SEXES } from './case-enums';
import { choice, isoDate, optionalText, pastDate, recordId, text, unitCode, wholeNumber } from './fields';
import { V } from './messages';
import type { recordMetaSchema } from './meta';

/** Categories of the people register: I1 counts officials, I2 gender-equality staff + collaborators + volunteers. */
export const PERSON_CATEGORIES = [
  'official',
  'gender_equality_staff',
  'collaborator',
  'volunteer',
  'teacher',
  'other',
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

export const trainingEventFieldsSchema = z
  .object({
    title: text(200),
    topic: optionalText(200),
    organiser: text(200),
    unitCode: unitCode(),
    place: optionalText(200),
    startDate: pastDate(),
    endDate: isoDate().optional(),
    trainers: optionalText(300),
  })
  .superRefine((value, ctx) => {
    if (value.endDate !== undefined && value.endDate < value.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: V.endBeforeStart });
    }
  });
export type TrainingEventFields = z.output<typeof trainingEventFieldsSchema>;
export type TrainingEventInput = z.input<typeof trainingEventFieldsSchema>;
export type TrainingEventRecord = z.infer<typeof recordMetaSchema> & TrainingEventFields;

/**
 * A person in the register of people trained. Trainees are officials and volunteers, not survivors:
 * their names are not survivor data and stay in plain text so attendance lists can be matched.
 */
export const personFieldsSchema = z.object({
  fullName: text(120),
  sex: choice(SEXES),
  unitCode: unitCode(),
  category: choice(PERSON_CATEGORIES),
  position: optionalText(120),
  birthYear: wholeNumber(1900, 2100).optional(),
});
export type PersonFields = z.output<typeof personFieldsSchema>;
export type PersonInput = z.input<typeof personFieldsSchema>;
/** `nameFolded` (diacritic-free) is indexed for matching imported attendance lists. */
export type PersonRecord = z.infer<typeof recordMetaSchema> & PersonFields & { nameFolded: string };

export const attendanceFieldsSchema = z.object({ eventId: recordId(), personId: recordId() });
export type AttendanceInput = z.input<typeof attendanceFieldsSchema>;
/** `year` is copied from the event's start date so distinct-people counters need no join. */
export type AttendanceRecord = z.infer<typeof recordMetaSchema> & {
  eventId: string;
  personId: string;
  year: number;
};
