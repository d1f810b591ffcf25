import { ed25519 } from '@noble/curves/ed25519.js';
import { z } from 'zod';
import { canonicalJson } from '../crypto/canonical-json';

/**
 * Main's authority over trust. Every user holds the office data key, so the key that unlocks main's
 * sealed files proves only that *someone* signed in. What changes trust therefore carries a proof main
 * can check on its own: an Ed25519 signature by one of the office's two **authority keys**.
 *
 *   admin    — held by administrators: import, approve or reject keys, export the office's public key
 *              (enrollment and config bundles), change mail settings, make a backup;
 *   exchange — held by every user with `exchange.run` (administrators and data officers): data
 *              bundles and receipts.
 *
 * The private halves are wrapped in the store for each entitled user (age, to the user's own key box)
 * and for the recovery key; main keeps only the two public halves (its verifier, set when the office's
 * keys are created, or once at the first unlock of an office set up before this existed). A proof signs
 * the call's name, the SHA-256 of its canonical input without the proof, who signs, when, and a random
 * nonce; main refuses a missing, wrong-role, stale (±2 minutes) or reused proof and one made for other
 * input, then records the change in its own append-only log.
 */
export const AUTHORITY_ROLES = ['admin', 'exchange'] as const;
export type AuthorityRole = (typeof AUTHORITY_ROLES)[number];

/** The calls that change trust or send something out, and the authority key each needs. */
export const GUARDED_CALLS = {
  'trust:importKeys': 'admin',
  'trust:approve': 'admin',
  'trust:reject': 'admin',
  'mail:saveSettings': 'admin',
  'mail:saveInbox': 'admin',
  'bundles:createEnrollment': 'admin',
  'bundles:createConfig': 'admin',
  'bundles:createData': 'exchange',
  'bundles:createReceipt': 'exchange',
  /** Main's sealed files leave in an encrypted backup (issue 10): main/services/backup/backup-guard.ts. */
  'backup:begin': 'admin',
} as const satisfies Record<string, AuthorityRole>;
export type GuardedChannel = keyof typeof GUARDED_CALLS;

export const isGuardedChannel = (channel: string): channel is GuardedChannel =>
  Object.hasOwn(GUARDED_CALLS, channel);

/** How far a proof's time may lie from main's clock. */
export const PROOF_MAX_AGE_MS = 2 * 60_000;

const ed25519PublicKeySchema = z.base64().length(44);

/** Main's verifier: the public halves of the two authority keys, base64 (32 bytes each). */
export const authorityPublicKeysSchema = z.strictObject({
  admin: ed25519PublicKeySchema,
  exchange: ed25519PublicKeySchema,
});
export type AuthorityPublicKeys = z.infer<typeof authorityPublicKeysSchema>;

export const authorityProofSchema = z.strictObject({
  role: z.enum(AUTHORITY_ROLES),
  userId: z.string().regex(/^[0-9a-f-]{36}$/),
  username: z.string().regex(/^[a-z0-9._-]{3,32}$/),
  at: z.iso.datetime(),
  /** 16 random bytes, base64. */
  nonce: z.base64().length(24),
  /** Ed25519, 64 bytes, base64. */
  signature: z.base64().length(88),
});
export type AuthorityProof = z.infer<typeof authorityProofSchema>;
export type UnsignedProof = Omit<AuthorityProof, 'signature'>;

/** The `proof` member every guarded call's input carries (optional for zod, required by main). */
export const proofField = { proof: authorityProofSchema.optional() };

const MESSAGE_CONTEXT = 'binhan/authority/v1';

/** SHA-256 (hex) of the canonical JSON of a call's input without its `proof`. */
export async function inputDigest(input: unknown): Promise<string> {
  const rest =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'proof'))
      : input;
  const bytes = new TextEncoder().encode(canonicalJson(rest ?? null));
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The bytes a proof signs. */
export function authorityMessage(channel: GuardedChannel, digest: string, proof: UnsignedProof): Uint8Array {
  return new TextEncoder().encode(
    canonicalJson({
      ctx: MESSAGE_CONTEXT,
      channel,
      input: digest,
      role: proof.role,
      userId: proof.userId,
      username: proof.username,
      at: proof.at,
      nonce: proof.nonce,
    }),
  );
}

export const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
};
export const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** True when `proof` is a valid signature for exactly this call and input by the role's key. */
export async function verifyProof(
  keys: AuthorityPublicKeys,
  channel: GuardedChannel,
  input: unknown,
  proof: AuthorityProof,
): Promise<boolean> {
  if (proof.role !== GUARDED_CALLS[channel]) return false;
  const message = authorityMessage(channel, await inputDigest(input), proof);
  try {
    return ed25519.verify(fromBase64(proof.signature), message, fromBase64(keys[proof.role]), {
      zip215: false,
    });
  } catch {
    return false;
  }
}

/** Who signs, and with which keys: the renderer's signed-in session, or a test's key pair. */
export interface AuthoritySigner {
  userId: string;
  username: string;
  /** The proof's time; the system clock by default. */
  now?: () => Date;
  /** An Ed25519 signature by the role's key, or null when this user does not hold it. */
  sign(role: AuthorityRole, message: Uint8Array): Promise<Uint8Array | null>;
}

/** The input with a fresh proof for `channel`, or unchanged when the signer does not hold the key. */
export async function withProof<T extends object>(
  signer: AuthoritySigner,
  channel: GuardedChannel,
  input: T,
): Promise<T & { proof?: AuthorityProof }> {
  const unsigned: UnsignedProof = {
    role: GUARDED_CALLS[channel],
    userId: signer.userId,
    username: signer.username,
    at: (signer.now?.() ?? new Date()).toISOString(),
    nonce: toBase64(globalThis.crypto.getRandomValues(new Uint8Array(16))),
  };
  const signature = await signer.sign(
    unsigned.role,
    authorityMessage(channel, await inputDigest(input), unsigned),
  );
  if (signature === null) return input;
  return { ...input, proof: { ...unsigned, signature: toBase64(signature) } };
}
