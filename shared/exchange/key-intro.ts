import { z } from 'zod';
import { unitCodeSchema } from './common';

/**
 * Enrollment and config bundles introduce a unit's public keys: the payload holds one `publicKeys`
 * row, and the manifest is signed by the key in that row (proof that the sender holds it). People then
 * compare the fingerprint over the phone before the key is approved.
 */
export const PUBLIC_KEYS_RECORD = 'publicKeys';

export const publicKeysRowSchema = z.strictObject({
  unit: unitCodeSchema,
  /** The minisign public key file. */
  signingPublicKey: z.string().min(1).max(400),
  ageRecipient: z.string().min(1).max(100),
  /** Shown to the person approving; never trusted for anything else. */
  unitName: z.string().max(200).optional(),
});
export type PublicKeysRow = z.infer<typeof publicKeysRowSchema>;

/**
 * An office does not yet know the province's age key when it enrolls, and an enrollment carries only
 * public keys, so its payload is encrypted to this published identity: the format stays the same for
 * every kind (province IT opens it with `age -d -i` and this line), and nothing secret depends on it.
 * Never use it for anything but enrollment bundles.
 */
export const ENROLLMENT_AGE_IDENTITY =
  'AGE-SECRET-KEY-1JKG7QL0PTW56JYHH4EQGWXAR63774637GRMPEVA338G6FESGWFMSLX8AHN';

/** Largest enrollment or config bundle accepted: read before its key is trusted, so kept small. */
export const MAX_KEY_INTRO_BYTES = 32 * 1024 * 1024;
