import { z } from 'zod';

/** The newest bundle format this code writes and reads; a higher number means "update Bình An". */
export const FORMAT_VERSION = 1;

export const BUNDLE_KINDS = ['data', 'receipt', 'enrollment', 'config'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

/** Unit codes become part of file names and trusted comments: ASCII, no separators, no spaces. */
export const unitCodeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
/** Record type names become file names in `binhan open`. */
export const recordTypeSchema = z.string().regex(/^[a-z][A-Za-z0-9_-]{0,63}$/);
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);
export const keyIdSchema = z.string().regex(/^[0-9A-F]{16}$/);

export const manifestSchema = z
  .strictObject({
    formatVersion: z.literal(FORMAT_VERSION),
    kind: z.enum(BUNDLE_KINDS),
    sender: z.strictObject({ unit: unitCodeSchema, keyId: keyIdSchema }),
    recipient: z.strictObject({ unit: unitCodeSchema }),
    sequence: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
    /** SHA-256 of the sender's previous manifest.json bytes; null only for sequence 1. */
    previousManifestSha256: sha256HexSchema.nullable(),
    createdAt: z.iso.datetime(),
    counts: z.record(recordTypeSchema, z.int().min(0).max(Number.MAX_SAFE_INTEGER)),
    payload: z.strictObject({ sha256: sha256HexSchema, size: z.int().min(0).max(Number.MAX_SAFE_INTEGER) }),
  })
  .refine((m) => (m.sequence === 1) === (m.previousManifestSha256 === null), {
    message: 'previousManifestSha256 is null exactly for sequence 1',
    path: ['previousManifestSha256'],
  });

export type Manifest = z.infer<typeof manifestSchema>;

/** What the caller decides; the key id, counts and payload hash are filled in by writeBundle. */
export const manifestFieldsSchema = z.strictObject({
  kind: z.enum(BUNDLE_KINDS),
  sender: z.strictObject({ unit: unitCodeSchema }),
  recipient: z.strictObject({ unit: unitCodeSchema }),
  sequence: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
  previousManifestSha256: sha256HexSchema.nullable(),
  createdAt: z.iso.datetime(),
});

export type ManifestFields = z.infer<typeof manifestFieldsSchema>;

/** A file name that says what the bundle is, e.g. `binhan_49201_to_49_data_000012.zip`. */
export const bundleFileName = (m: Pick<Manifest, 'sender' | 'recipient' | 'kind' | 'sequence'>): string =>
  `binhan_${m.sender.unit}_to_${m.recipient.unit}_${m.kind}_${String(m.sequence).padStart(6, '0')}.zip`;
