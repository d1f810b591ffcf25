import { z } from 'zod';
import { choice, freeText, pastDate, text, unitCode, wholeNumber } from './fields';
import type { recordMetaSchema } from './meta';

export const OUTREACH_CHANNELS = [
  'community_meeting',
  'loudspeaker',
  'radio_tv',
  'social_media',
  'leaflets',
  'event',
  'other',
] as const;
export const OUTREACH_GROUPS = [
  'women',
  'men',
  'youth',
  'students',
  'ethnic_minorities',
  'people_with_disabilities',
  'officials',
  'general_public',
] as const;

export const outreachFieldsSchema = z.object({
  date: pastDate(),
  unitCode: unitCode(),
  title: text(200),
  channel: choice(OUTREACH_CHANNELS),
  reachFemale: wholeNumber(0, 10_000_000),
  reachMale: wholeNumber(0, 10_000_000),
  reachOther: wholeNumber(0, 10_000_000).default(0),
  groups: z.array(choice(OUTREACH_GROUPS)).default([]),
  note: freeText(500),
});
export type OutreachInput = z.input<typeof outreachFieldsSchema>;
export type OutreachRecord = z.infer<typeof recordMetaSchema> & z.output<typeof outreachFieldsSchema>;
