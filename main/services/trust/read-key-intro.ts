import { ageDecrypt, parseAgeRecipient } from '../../../shared/bundle/age';
import { fromUtf8 } from '../../../shared/bundle/bytes';
import { DEFAULT_LIMITS } from '../../../shared/bundle/limits';
import type { Manifest } from '../../../shared/bundle/manifest';
import { type MinisignPublicKey, parsePublicKey } from '../../../shared/bundle/minisign';
import { gunzipLimited, payloadSchema } from '../../../shared/bundle/payload';
import { peekManifest, readBundle } from '../../../shared/bundle/read-bundle';
import { type BundleResult, RejectedError } from '../../../shared/bundle/rejection';
import { PAYLOAD_ENTRY, readZip } from '../../../shared/bundle/zip';
import {
  ENROLLMENT_AGE_IDENTITY,
  MAX_KEY_INTRO_BYTES,
  PUBLIC_KEYS_RECORD,
  type PublicKeysRow,
  publicKeysRowSchema,
} from '../../../shared/exchange/key-intro';

export interface KeyIntro {
  kind: 'enrollment' | 'config';
  row: PublicKeysRow;
  manifest: Manifest;
  manifestSha256: string;
}

const limits = {
  ...DEFAULT_LIMITS,
  maxBundleBytes: MAX_KEY_INTRO_BYTES,
  maxPayloadBytes: MAX_KEY_INTRO_BYTES,
  maxPlainBytes: 4 * MAX_KEY_INTRO_BYTES,
};

/**
 * Reads an enrollment or config bundle, whose signing key is not yet trusted: the key is taken from
 * the payload, and the bundle must then verify in full under that very key (signature, sender unit,
 * payload hash, recipient). The payload is decrypted before the signature is checked — unavoidable
 * when the key travels inside — so such bundles have a small size limit and a strict schema; what
 * they prove is only "whoever holds this key sent this", and a person confirms the key by phone.
 */
export async function readKeyIntro(
  bytes: Uint8Array,
  own: { unit: string; ageIdentity: string },
): Promise<BundleResult<KeyIntro>> {
  try {
    if (bytes.length > MAX_KEY_INTRO_BYTES) throw new RejectedError('tooLarge', `${bytes.length} bytes`);
    const peek = peekManifest(bytes, limits);
    if (!peek.ok) return peek;
    const kind = kindOf(peek.value);
    const identity = kind === 'enrollment' ? ENROLLMENT_AGE_IDENTITY : own.ageIdentity;
    const claimed = await claimedKeys(bytes, identity);
    const read = await readBundle(bytes, {
      approvedSenders: [{ publicKey: claimed.publicKey, unit: claimed.row.unit }],
      expectedRecipient: own.unit,
      expectedKinds: [kind],
      identity,
      limits,
    });
    if (!read.ok) return read;
    const rows = read.value.records?.[PUBLIC_KEYS_RECORD];
    if (rows?.length !== 1) throw new RejectedError('invalidPayload', 'public keys changed between reads');
    return {
      ok: true,
      value: {
        kind,
        row: claimed.row,
        manifest: read.value.manifest,
        manifestSha256: read.value.manifestSha256,
      },
    };
  } catch (e) {
    if (e instanceof RejectedError) return { ok: false, rejection: e.toRejection() };
    throw e;
  }
}

function kindOf(raw: unknown): 'enrollment' | 'config' {
  const kind = typeof raw === 'object' && raw !== null ? (raw as { kind?: unknown }).kind : undefined;
  if (kind === 'enrollment' || kind === 'config') return kind;
  throw new RejectedError('wrongKind', `kind ${String(kind)}, expected enrollment or config`);
}

async function claimedKeys(
  bytes: Uint8Array,
  identity: string,
): Promise<{ row: PublicKeysRow; publicKey: MinisignPublicKey }> {
  let payload: Uint8Array;
  try {
    payload = readZip(bytes, limits)[PAYLOAD_ENTRY];
  } catch (e) {
    throw new RejectedError('corrupt', String(e));
  }
  let json: unknown;
  try {
    const plain = await ageDecrypt(payload, identity);
    json = JSON.parse(fromUtf8(gunzipLimited(plain, limits.maxPlainBytes)));
  } catch (e) {
    throw new RejectedError('cannotDecrypt', String(e));
  }
  const parsed = payloadSchema.safeParse(json);
  const rows = parsed.success ? parsed.data.records[PUBLIC_KEYS_RECORD] : undefined;
  const row = rows?.length === 1 ? publicKeysRowSchema.safeParse(rows[0]) : undefined;
  if (!row?.success) throw new RejectedError('invalidPayload', 'no single publicKeys row');
  try {
    parseAgeRecipient(row.data.ageRecipient);
    return { row: row.data, publicKey: parsePublicKey(row.data.signingPublicKey) };
  } catch (e) {
    throw new RejectedError('invalidPayload', `public keys: ${String(e)}`);
  }
}
