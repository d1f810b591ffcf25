import { ageEncrypt, parseAgeRecipient } from './age';
import { utf8 } from './bytes';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './hash';
import {
  bundleFileName,
  FORMAT_VERSION,
  type Manifest,
  type ManifestFields,
  manifestFieldsSchema,
  manifestSchema,
} from './manifest';
import { keyIdText, type MinisignSecretKey, signMinisign } from './minisign';
import { type BundleRecords, compressPayload, countRecords, recordsSchema } from './payload';
import { MANIFEST_ENTRY, PAYLOAD_ENTRY, SIGNATURE_ENTRY, writeZip } from './zip';

export interface WriteBundleInput {
  manifestFields: ManifestFields;
  records: BundleRecords;
  senderSigningKey: MinisignSecretKey;
  /** The recipient's age X25519 public key (`age1…`). */
  recipient: string;
}

export interface WrittenBundle {
  bytes: Uint8Array;
  manifest: Manifest;
  /** SHA-256 of manifest.json: the next bundle's previousManifestSha256. */
  manifestSha256: string;
  fileName: string;
}

/** One line signed with the manifest, shown by `minisign -V` as "Trusted comment: …". */
export const trustedCommentFor = (m: Manifest): string =>
  `binhan kind=${m.kind} seq=${m.sequence} from=${m.sender.unit} to=${m.recipient.unit} created=${m.createdAt}`;

export async function writeBundle(input: WriteBundleInput): Promise<WrittenBundle> {
  const fields = manifestFieldsSchema.parse(input.manifestFields);
  const records = recordsSchema.parse(input.records);
  const recipient = parseAgeRecipient(input.recipient);
  const payload = await ageEncrypt(compressPayload(records), recipient);
  const manifest = manifestSchema.parse({
    formatVersion: FORMAT_VERSION,
    ...fields,
    sender: { unit: fields.sender.unit, keyId: keyIdText(input.senderSigningKey.keyId) },
    counts: countRecords(records),
    payload: { sha256: sha256Hex(payload), size: payload.length },
  } satisfies Manifest);
  const manifestBytes = utf8(canonicalJson(manifest));
  const signature = utf8(signMinisign(manifestBytes, input.senderSigningKey, trustedCommentFor(manifest)));
  const bytes = writeZip(
    { [MANIFEST_ENTRY]: manifestBytes, [SIGNATURE_ENTRY]: signature, [PAYLOAD_ENTRY]: payload },
    new Date(manifest.createdAt),
  );
  return { bytes, manifest, manifestSha256: sha256Hex(manifestBytes), fileName: bundleFileName(manifest) };
}
