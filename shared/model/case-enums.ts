/**
 * The GBVIMS intake vocabulary, as stable codes. Labels live in renderer/i18n/{vi,en}/store.ts
 * under store.enum.<name>.<code>; the codes travel in bundles and must never be renamed.
 */
export const GBV_TYPES = [
  'rape',
  'sexual_assault',
  'physical_assault',
  'forced_marriage',
  'denial_of_resources',
  'psychological_abuse',
  'not_gbv',
] as const;
export type GbvType = (typeof GBV_TYPES)[number];

export const CONTEXTS = ['family', 'school', 'workplace', 'public_place', 'online', 'other'] as const;
export type IncidentContext = (typeof CONTEXTS)[number];

export const SEXES = ['female', 'male', 'other'] as const;
export type Sex = (typeof SEXES)[number];
export const PERPETRATOR_SEXES = ['female', 'male', 'other', 'unknown'] as const;

/** GBVIMS age groups; the exact age never leaves the office, the group may. */
export const AGE_GROUPS = ['0-11', '12-17', '18-25', '26-40', '41-60', '61+'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const PERPETRATOR_AGE_GROUPS = [...AGE_GROUPS, 'unknown'] as const;

export function ageGroupOf(age: number): AgeGroup {
  if (age <= 11) return '0-11';
  if (age <= 17) return '12-17';
  if (age <= 25) return '18-25';
  if (age <= 40) return '26-40';
  if (age <= 60) return '41-60';
  return '61+';
}

export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;

export const RELATIONSHIPS = [
  'intimate_partner',
  'former_partner',
  'family_member',
  'teacher',
  'employer',
  'colleague',
  'friend_acquaintance',
  'stranger',
  'other',
  'unknown',
] as const;

export const REFERRAL_SOURCES = [
  'self',
  'family',
  'police',
  'health',
  'school',
  'community',
  'hotline_111',
  'other',
] as const;

export const NEEDS = [
  'health',
  'psychosocial',
  'legal_aid',
  'safety_shelter',
  'police_justice',
  'social_economic',
  'education',
] as const;
export type Need = (typeof NEEDS)[number];

/** Only `provided` counts as help received for I5; a referral alone is not yet help. */
export const SERVICE_OUTCOMES = ['provided', 'referred', 'declined', 'pending'] as const;
export type ServiceOutcome = (typeof SERVICE_OUTCOMES)[number];

/** How a follow-up contact was made. */
export const FOLLOW_UP_METHODS = ['phone', 'home_visit', 'office_visit', 'online', 'other'] as const;
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];

/** The survivor's safety as the officer judged it at a follow-up contact. */
export const SAFETY_OUTCOMES = ['safe', 'at_risk', 'in_danger', 'not_assessed'] as const;
export type SafetyOutcome = (typeof SAFETY_OUTCOMES)[number];

export const CASE_STATUSES = ['open', 'closed'] as const;
export const CLOSURE_REASONS = [
  'needs_met',
  'survivor_withdrew',
  'transferred',
  'lost_contact',
  'deceased',
  'not_gbv',
  'other',
] as const;

/** Domestic-violence categories of the national forms: tinh thần, thân thể, tình dục, kinh tế. */
export const DV_CATEGORIES = ['psychological', 'physical', 'sexual', 'economic'] as const;
export type DvCategory = (typeof DV_CATEGORIES)[number];

const DV_BY_TYPE: Record<GbvType, readonly DvCategory[]> = {
  rape: ['sexual'],
  sexual_assault: ['sexual'],
  physical_assault: ['physical'],
  // The DV law lists forcing marriage among acts of psychological violence (cưỡng ép kết hôn).
  forced_marriage: ['psychological'],
  denial_of_resources: ['economic'],
  psychological_abuse: ['psychological'],
  not_gbv: [],
};

/**
 * The national DV categories apply only to violence within the family (incl. intimate partners);
 * outside that context a case has none, whatever its GBVIMS type.
 */
export function dvCategoriesOf(type: GbvType, context: IncidentContext): DvCategory[] {
  return context === 'family' ? [...DV_BY_TYPE[type]] : [];
}
