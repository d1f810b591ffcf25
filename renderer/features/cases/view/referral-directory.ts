import type { Need } from '../../../../shared/model';

/**
 * The national referral list — health, police, legal aid, shelter, social work, the 111 hotline —
 * offered per need after the office's own directory (settings.referralProviders, edited in Admin);
 * the provider field also accepts any other name typed in.
 */
export const DIRECTORY_KEYS = [
  'health',
  'police',
  'legal',
  'shelter',
  'social',
  'psychosocial',
  'hotline',
] as const;
export type DirectoryKey = (typeof DIRECTORY_KEYS)[number];

const BY_NEED: Record<Need, readonly DirectoryKey[]> = {
  health: ['health'],
  psychosocial: ['psychosocial', 'social', 'hotline'],
  legal_aid: ['legal'],
  safety_shelter: ['shelter', 'social'],
  police_justice: ['police'],
  social_economic: ['social'],
  education: ['social'],
};

/** Providers for a need first, then the rest of the directory. */
export function directoryFor(need: Need): DirectoryKey[] {
  const first = BY_NEED[need];
  return [...first, ...DIRECTORY_KEYS.filter((k) => !first.includes(k))];
}
