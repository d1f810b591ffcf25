import { z } from 'zod';
import { proofField } from './authority';
import {
  bundleSourceSchema,
  fingerprintSchema,
  isoTimeSchema,
  keyIdSchema,
  localPathSchema,
  rejectionSchema,
  sha256HexSchema,
  UPLOAD_MAX_INPUT_BYTES,
  unitCodeSchema,
} from './common';

/** pending → approved | rejected; an approved key becomes `replaced` when another is approved for its unit. */
export const peerStatusSchema = z.enum(['pending', 'approved', 'rejected', 'replaced']);

export const peerSchema = z.strictObject({
  keyId: keyIdSchema,
  unit: unitCodeSchema,
  unitName: z.string().max(200).nullable(),
  introducedBy: z.enum(['enrollment', 'config']),
  status: peerStatusSchema,
  signingPublicKey: z.string().max(400),
  ageRecipient: z.string().max(100),
  signingFingerprint: fingerprintSchema,
  ageFingerprint: fingerprintSchema,
  /** The introducing bundle: its place in the sender's sequence, where the chain starts on approval. */
  sequence: z.int().min(1),
  manifestSha256: sha256HexSchema,
  previousManifestSha256: sha256HexSchema.nullable(),
  importedAt: isoTimeSchema,
  decidedAt: isoTimeSchema.nullable(),
});
export type Peer = z.infer<typeof peerSchema>;

export const importKeysResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), peer: peerSchema, alreadyKnown: z.boolean() }),
  z.strictObject({ ok: z.literal(false), rejection: rejectionSchema }),
]);

/**
 * The renderer's flow for a key bundle (enrollment at the province, config at an office):
 * importKeys → show both fingerprints → the user reads them over the phone → approve(fingerprint) →
 * bundles.open on the same file (now verified by the approved key) → apply in IndexedDB → bundles.commit.
 * Approval starts the sender's sequence just before that bundle, so the open is the chain's next step.
 * importKeys, approve and reject need an administrator's proof (authority.ts).
 */
export const trustContract = {
  list: { input: z.undefined(), output: z.strictObject({ peers: z.array(peerSchema) }) },
  /** Reads an enrollment (at the province) or config bundle (at an office) and records its key as pending. */
  importKeys: {
    input: z.strictObject({ source: bundleSourceSchema, ...proofField }),
    output: importKeysResultSchema,
    maxInputBytes: UPLOAD_MAX_INPUT_BYTES,
  },
  /** The fingerprint the user confirmed by phone must match the key's, so a click alone approves nothing. */
  approve: {
    input: z.strictObject({ keyId: keyIdSchema, signingFingerprint: fingerprintSchema, ...proofField }),
    output: peerSchema,
  },
  reject: { input: z.strictObject({ keyId: keyIdSchema, ...proofField }), output: peerSchema },
  /**
   * Writes public keys to a folder, for province IT's `minisign -V` and `age -r` by hand: an approved
   * office's (`unit`) or this unit's own (no `unit`) minisign `.pub` file and age recipient. Public only.
   */
  exportPublic: {
    input: z.strictObject({ unit: unitCodeSchema.optional(), path: localPathSchema }),
    output: z.strictObject({ files: z.array(z.strictObject({ name: z.string(), path: z.string() })) }),
  },
};
