import type { Need } from '../../../../shared/model';

/**
 * The office's referral directory. The store has no settings record a feature may extend (kv is
 * internal and `updateSettings` takes only its own fields), so this is the built-in default list —
 * health, police, legal aid, shelter, social work, the 111 hotline — offered per need; the provider
 * field also accepts any other name typed in, so an office is never stuck with it.
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
