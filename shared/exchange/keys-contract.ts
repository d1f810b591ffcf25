import { z } from 'zod';
import { authorityPublicKeysSchema } from './authority';
import { fingerprintSchema, isoTimeSchema, keyIdSchema, unitCodeSchema } from './common';

/**
 * The key that wraps main's secret files: 32 bytes, base64. The renderer derives it from its data key
 * with HKDF (see host-wrapping-key.ts), so main's secrets open exactly when the user has signed in.
 */
export const wrappingKeySchema = z.base64().length(44);

export const keyStatusSchema = z.strictObject({
  state: z.enum(['none', 'locked', 'unlocked']),
  unit: unitCodeSchema.nullable(),
  /** Where the private keys are sealed: the OS's safe storage (plus the wrapping key), or a file. */
  secretStore: z.enum(['file', 'safe-storage']).nullable(),
});
export type KeyStatus = z.infer<typeof keyStatusSchema>;

/** What may be shown and shared: never a private key. */
export const publicKeyInfoSchema = z.strictObject({
  unit: unitCodeSchema,
  /** The minisign public key file (two lines). */
  signingPublicKey: z.string().max(400),
  signingKeyId: keyIdSchema,
  /** `age1…` */
  ageRecipient: z.string().max(100),
  signingFingerprint: fingerprintSchema,
  ageFingerprint: fingerprintSchema,
  createdAt: isoTimeSchema,
});
export type PublicKeyInfo = z.infer<typeof publicKeyInfoSchema>;

export const keysContract = {
  status: { input: z.undefined(), output: keyStatusSchema },
  /** At setup: makes the unit's signing key and age identity; refused if keys exist. */
  create: {
    input: z.strictObject({
      unit: unitCodeSchema,
      wrappingKey: wrappingKeySchema,
      /** The public halves of the office's authority keys: main's verifier from now on (authority.ts). */
      authority: authorityPublicKeysSchema.optional(),
    }),
    output: publicKeyInfoSchema,
  },
  /** `authority` is adopted only by a main that has no verifier yet (an office set up before it existed). */
  unlock: {
    input: z.strictObject({
      wrappingKey: wrappingKeySchema,
      authority: authorityPublicKeysSchema.optional(),
    }),
    output: keyStatusSchema,
  },
  lock: { input: z.undefined(), output: keyStatusSchema },
  publicInfo: { input: z.undefined(), output: publicKeyInfoSchema },
};
