/**
 * Reads a bundle, refusing it at the first failed check. The order is the security argument: nothing
 * from the manifest is trusted before its signature verifies with an approved key, and the payload is
 * neither decrypted nor parsed before its hash matches the signed manifest.
 */
import { ageDecrypt } from './age';
import { fromUtf8 } from './bytes';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './hash';
import { type BundleLimits, DEFAULT_LIMITS } from './limits';
import { type BundleKind, FORMAT_VERSION, type Manifest, manifestSchema } from './manifest';
import { keyIdText, type MinisignPublicKey, parseSignature, verifyMinisign } from './minisign';
import { type BundleRecords, gunzipLimited, payloadSchema, TooLargeError } from './payload';
import { type BundleResult, RejectedError } from './rejection';
import { MANIFEST_ENTRY, PAYLOAD_ENTRY, readZip, SIGNATURE_ENTRY, ZipError } from './zip';

export interface ApprovedSender {
  publicKey: MinisignPublicKey;
  /** The unit this key was approved for; omitted only by tools that check a key alone (the CLI). */
  unit?: string;
}

/** What the reader knows of one sender's stream of bundles. */
export interface ChainState {
  lastSequence: number;
  lastManifestSha256: string | null;
  /** Sequence numbers known to be missing: a re-send of one of them is not a replay. */
  missingSequences?: readonly number[];
}

export interface ReadBundleOptions {
  approvedSenders: readonly ApprovedSender[];
  /** The reader's own unit; omitted, the recipient is not checked. */
  expectedRecipient?: string;
  expectedKinds?: readonly BundleKind[];
  /** Per sender unit; omitted, sequence and chain are not checked. A unit not in it has sent nothing yet. */
  chain?: Readonly<Record<string, ChainState>>;
  /** An `AGE-SECRET-KEY-1…` identity; omitted, the bundle is verified but not opened. */
  identity?: string;
  limits?: Partial<BundleLimits>;
}

export type ChainOutcome =
  | { status: 'unchecked' }
  | { status: 'next' }
  /** Accepted, and sequences from..to (inclusive) are now known to be missing. */
  | { status: 'gap'; missingFrom: number; missingTo: number }
  | { status: 'fills-gap' };

export interface ReadBundle {
  manifest: Manifest;
  manifestSha256: string;
  signer: { keyId: string; unit: string };
  trustedComment: string;
  chain: ChainOutcome;
  /** Present only when an identity was given. */
  records?: BundleRecords;
}

export async function readBundle(
  bytes: Uint8Array,
  options: ReadBundleOptions,
): Promise<BundleResult<ReadBundle>> {
  try {
    return { ok: true, value: await readOrThrow(bytes, options) };
  } catch (e) {
    if (e instanceof RejectedError) return { ok: false, rejection: e.toRejection() };
    throw e;
  }
}

async function readOrThrow(bytes: Uint8Array, options: ReadBundleOptions): Promise<ReadBundle> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const entries = unzip(bytes, limits);
  const manifestBytes = entries[MANIFEST_ENTRY];

  const { signer, trustedComment } = verifySignature(manifestBytes, entries[SIGNATURE_ENTRY], options);
  const manifest = parseManifest(manifestBytes);
  if (manifest.sender.keyId !== keyIdText(signer.publicKey.keyId)) {
    throw new RejectedError('senderMismatch', 'manifest key id differs from the signing key');
  }
  if (signer.unit !== undefined && signer.unit !== manifest.sender.unit) {
    throw new RejectedError(
      'senderMismatch',
      `key approved for ${signer.unit}, manifest says ${manifest.sender.unit}`,
    );
  }
  if (options.expectedRecipient !== undefined && manifest.recipient.unit !== options.expectedRecipient) {
    throw new RejectedError('wrongRecipient', `bundle is for ${manifest.recipient.unit}`);
  }
  if (options.expectedKinds && !options.expectedKinds.includes(manifest.kind)) {
    throw new RejectedError('wrongKind', `kind ${manifest.kind}`);
  }
  const chain = checkChain(manifest, options.chain);

  const payload = entries[PAYLOAD_ENTRY];
  if (payload.length !== manifest.payload.size || sha256Hex(payload) !== manifest.payload.sha256) {
    throw new RejectedError('payloadMismatch', 'payload.age differs from the signed hash');
  }
  const result: ReadBundle = {
    manifest,
    manifestSha256: sha256Hex(manifestBytes),
    signer: { keyId: manifest.sender.keyId, unit: manifest.sender.unit },
    trustedComment,
    chain,
  };
  if (options.identity === undefined) return result;
  return { ...result, records: await openPayload(payload, manifest, options.identity, limits) };
}

function unzip(bytes: Uint8Array, limits: BundleLimits) {
  try {
    return readZip(bytes, limits);
  } catch (e) {
    if (e instanceof ZipError) throw new RejectedError(e.problem, e.message);
    throw new RejectedError('corrupt', String(e));
  }
}

function verifySignature(manifestBytes: Uint8Array, signatureBytes: Uint8Array, options: ReadBundleOptions) {
  let sig: ReturnType<typeof parseSignature>;
  try {
    sig = parseSignature(fromUtf8(signatureBytes));
  } catch (e) {
    throw new RejectedError('badSignature', `unreadable signature: ${String(e)}`);
  }
  const id = keyIdText(sig.keyId);
  const signer = options.approvedSenders.find((s) => keyIdText(s.publicKey.keyId) === id);
  if (!signer) throw new RejectedError('unknownSender', `key ${id} is not approved`);
  if (!verifyMinisign(manifestBytes, sig, signer.publicKey)) {
    throw new RejectedError('badSignature', `signature by ${id} does not verify`);
  }
  return { signer, trustedComment: sig.trustedComment };
}

function parseManifest(manifestBytes: Uint8Array): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8(manifestBytes));
  } catch {
    throw new RejectedError('corrupt', 'manifest.json is not JSON');
  }
  // Checked before the schema so that a newer format is reported as such, not as "corrupt".
  const version =
    typeof raw === 'object' && raw !== null ? (raw as { formatVersion?: unknown }).formatVersion : null;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    throw new RejectedError(
      'futureVersion',
      `format version ${version}, this program reads ${FORMAT_VERSION}`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success)
    throw new RejectedError('corrupt', `manifest: ${parsed.error.issues[0]?.message ?? ''}`);
  if (canonicalJson(parsed.data) !== fromUtf8(manifestBytes)) {
    throw new RejectedError('corrupt', 'manifest.json is not canonical JSON');
  }
  return parsed.data;
}

function checkChain(manifest: Manifest, chain: ReadBundleOptions['chain']): ChainOutcome {
  if (chain === undefined) return { status: 'unchecked' };
  const state: ChainState = Object.hasOwn(chain, manifest.sender.unit)
    ? (chain[manifest.sender.unit] as ChainState)
    : { lastSequence: 0, lastManifestSha256: null };
  const seq = manifest.sequence;
  if (seq <= state.lastSequence) {
    if (state.missingSequences?.includes(seq)) return { status: 'fills-gap' };
    throw new RejectedError('replay', `sequence ${seq}, last seen ${state.lastSequence}`);
  }
  if (seq > state.lastSequence + 1) {
    return { status: 'gap', missingFrom: state.lastSequence + 1, missingTo: seq - 1 };
  }
  if (manifest.previousManifestSha256 !== state.lastManifestSha256) {
    throw new RejectedError('chainBroken', `previous manifest of ${seq} does not match what was received`);
  }
  return { status: 'next' };
}

async function openPayload(
  payload: Uint8Array,
  manifest: Manifest,
  identity: string,
  limits: BundleLimits,
): Promise<BundleRecords> {
  let compressed: Uint8Array;
  try {
    compressed = await ageDecrypt(payload, identity);
  } catch (e) {
    throw new RejectedError('cannotDecrypt', String(e));
  }
  let json: string;
  try {
    json = fromUtf8(gunzipLimited(compressed, limits.maxPlainBytes));
  } catch (e) {
    if (e instanceof TooLargeError) throw new RejectedError('tooLarge', e.message);
    throw new RejectedError('invalidPayload', `gunzip: ${String(e)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new RejectedError('invalidPayload', 'payload is not JSON');
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) throw new RejectedError('invalidPayload', parsed.error.issues[0]?.message ?? 'schema');
  const records = parsed.data.records;
  const types = new Set([...Object.keys(records), ...Object.keys(manifest.counts)]);
  for (const type of types) {
    if ((records[type]?.length ?? 0) !== (manifest.counts[type] ?? 0)) {
      throw new RejectedError('invalidPayload', `count of ${type} differs from the manifest`);
    }
  }
  return records;
}

/** The manifest as stored, without any check: for `binhan inspect` only, never for import. */
export function peekManifest(bytes: Uint8Array, limits: Partial<BundleLimits> = {}): BundleResult<unknown> {
  try {
    const entries = unzip(bytes, { ...DEFAULT_LIMITS, ...limits });
    return { ok: true, value: JSON.parse(fromUtf8(entries[MANIFEST_ENTRY])) };
  } catch (e) {
    if (e instanceof RejectedError) return { ok: false, rejection: e.toRejection() };
    return { ok: false, rejection: new RejectedError('corrupt', 'manifest.json is not JSON').toRejection() };
  }
}
