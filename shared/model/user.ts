import { z } from 'zod';
import { sealedSchema } from './case';
import { choice, text } from './fields';
import { V } from './messages';
import { ROLES } from './roles';

export const PASSPHRASE_MIN = 10;

export const usernameSchema = z
  .string({ error: V.required })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, { error: V.invalidUsername });

export const passphraseSchema = z
  .string({ error: V.required })
  .min(PASSPHRASE_MIN, { error: V.passphraseTooShort })
  .max(1024, { error: V.tooLong });

export const userInputSchema = z.object({
  username: usernameSchema,
  displayName: text(120),
  roles: z.array(choice(ROLES)).min(1, { error: V.noRole }),
  passphrase: passphraseSchema,
});
export type UserInput = z.input<typeof userInputSchema>;

/** How a passphrase became a key: PBKDF2-SHA256, per-user salt, iteration count kept for upgrades. */
export const kdfParamsSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(600_000),
  salt: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

/** Users are local to one installation and never exported. */
export const userRecordSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(choice(ROLES)),
  active: z.boolean(),
  kdf: kdfParamsSchema,
  /** The office data key, encrypted under this user's passphrase key (AES-GCM, AAD = user id). */
  wrappedKey: sealedSchema,
  /**
   * This user's age key pair: the public recipient in clear, the age identity sealed under the
   * passphrase key — so a holder or the recovery key can grant the identity key without the passphrase.
   * Absent only for users of an older release until their next sign-in.
   */
  box: z.object({ recipient: z.string(), sealedIdentity: sealedSchema }).optional(),
  /** The identity key by generation, age-encrypted to `box.recipient`: only users with case.identify. */
  identityKeys: z
    .record(
      z.string(),
      z.custom<Uint8Array>((value) => value instanceof Uint8Array),
    )
    .optional(),
  /**
   * The office's authority keys this user's roles entitle them to (`admin`: administrators,
   * `exchange`: exchange.run), age-encrypted to `box.recipient`; what main checks trust changes by.
   */
  authorityKeys: z
    .record(
      z.string(),
      z.custom<Uint8Array>((value) => value instanceof Uint8Array),
    )
    .optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  rev: z.number().int(),
});
export type UserRecord = z.infer<typeof userRecordSchema>;
/** What the UI may see of a user. */
export type UserSummary = Pick<
  UserRecord,
  'id' | 'username' | 'displayName' | 'roles' | 'active' | 'createdAt'
> & {
  /**
   * In the administrator's user list only: the user may identify survivors but holds no copy of the
   * identity key in use (e.g. they had no key pair yet when it was rotated); saving them with an unlock
   * gives it again.
   */
  lacksIdentityKey?: boolean;
};
