import { z } from 'zod';
import { recordsSchema } from '../bundle/payload';
import { proofField } from './authority';
import {
  bundleKindSchema,
  bundleSourceSchema,
  isoTimeSchema,
  localPathSchema,
  rejectionSchema,
  sentRefSchema,
  sha256HexSchema,
  UPLOAD_MAX_INPUT_BYTES,
  unitCodeSchema,
} from './common';
import { sequenceRangesSchema } from './receipt';

/** Room for 100,000 de-identified rows and their services as JSON. */
export const CREATE_DATA_MAX_INPUT_BYTES = 256 * 1024 * 1024;

const countsSchema = z.record(z.string(), z.int().min(0));

export const sentBundleSchema = z.strictObject({
  recipientUnit: unitCodeSchema,
  sequence: z.int().min(1),
  kind: bundleKindSchema,
  fileName: z.string(),
  manifestSha256: sha256HexSchema,
  /** SHA-256 of the whole file, as `sha256sum` prints it. */
  sha256: sha256HexSchema,
  size: z.int().min(0),
  createdAt: isoTimeSchema,
  counts: countsSchema,
  /** Set when a receipt from the recipient covers this sequence. */
  deliveredAt: isoTimeSchema.nullable(),
  /** False once the retention rule removed the file after delivery. */
  fileKept: z.boolean(),
  copies: z.array(
    z.strictObject({
      to: z.enum(['drive', 'folder', 'download', 'mail']),
      at: isoTimeSchema,
      path: z.string().nullable(),
    }),
  ),
});
export type SentBundle = z.infer<typeof sentBundleSchema>;

export const chainOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('next') }),
  z.strictObject({ status: z.literal('gap'), missingFrom: z.int(), missingTo: z.int() }),
  z.strictObject({ status: z.literal('fills-gap') }),
  z.strictObject({ status: z.literal('unchecked') }),
]);

const openedManifestSchema = z.strictObject({
  kind: bundleKindSchema,
  senderUnit: unitCodeSchema,
  senderKeyId: z.string(),
  recipientUnit: unitCodeSchema,
  sequence: z.int().min(1),
  createdAt: isoTimeSchema,
  counts: countsSchema,
});

export const openResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    manifest: openedManifestSchema,
    /** Pass back to `commit` once the records are applied. */
    manifestSha256: sha256HexSchema,
    chain: chainOutcomeSchema,
    records: recordsSchema,
  }),
  z.strictObject({ ok: z.literal(false), rejection: rejectionSchema }),
]);
export type OpenResult = z.infer<typeof openResultSchema>;

export const receiptResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    fromUnit: unitCodeSchema,
    sequence: z.int().min(1),
    /** Sequences newly marked delivered by this receipt. */
    delivered: z.array(z.int()),
    missing: sequenceRangesSchema,
    /**
     * Set when the receipt acknowledged more than this folder's sent/ log holds (an older backup was
     * restored): the next bundle to that unit continues after this sequence.
     */
    resumedAfter: z.int().min(1).optional(),
  }),
  z.strictObject({ ok: z.literal(false), rejection: rejectionSchema }),
]);

/** What a bundle's manifest says, before anything is verified: only which path to take (main verifies the signed kind). */
export const peekResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    kind: bundleKindSchema,
    senderUnit: unitCodeSchema,
    recipientUnit: unitCodeSchema,
    sequence: z.int().min(1),
  }),
  z.strictObject({ ok: z.literal(false), rejection: rejectionSchema }),
]);
export type PeekResult = z.infer<typeof peekResultSchema>;

/** One received bundle as the province's history of an office shows it. */
export const receivedEntrySchema = z.strictObject({
  unit: unitCodeSchema,
  kind: bundleKindSchema,
  sequence: z.int().min(1),
  manifestSha256: sha256HexSchema,
  createdAt: isoTimeSchema,
  receivedAt: isoTimeSchema,
  counts: countsSchema,
  /** The user signed in when it was imported; null for bundles received before this was kept. */
  importedBy: z.string().nullable(),
});
export type ReceivedEntry = z.infer<typeof receivedEntrySchema>;

export const inboxSenderSchema = z.strictObject({
  unit: unitCodeSchema,
  lastSequence: z.int().min(0),
  received: sequenceRangesSchema,
  missing: sequenceRangesSchema,
  lastReceivedAt: isoTimeSchema.nullable(),
});
export type InboxSender = z.infer<typeof inboxSenderSchema>;

const recipientRecords = z.strictObject({
  recipientUnit: unitCodeSchema,
  records: recordsSchema,
  ...proofField,
});

/** Every create* call needs a proof (authority.ts): enrollment and config an administrator's, data and receipt `exchange.run`. */
export const bundlesContract = {
  /** Signs and encrypts de-identified records the renderer selected; kept in sent/ until a receipt covers it. */
  createData: {
    input: recipientRecords,
    output: sentBundleSchema,
    maxInputBytes: CREATE_DATA_MAX_INPUT_BYTES,
  },
  /** The province's keys (added by main) and optionally plan, targets and unit tree for an office. */
  createConfig: { input: recipientRecords, output: sentBundleSchema, maxInputBytes: 64 * 1024 * 1024 },
  createEnrollment: {
    input: z.strictObject({
      recipientUnit: unitCodeSchema,
      unitName: z.string().max(200).optional(),
      ...proofField,
    }),
    output: sentBundleSchema,
  },
  /** The province's signed answer to an office: sequences received so far and gaps. */
  createReceipt: {
    input: z.strictObject({ officeUnit: unitCodeSchema, ...proofField }),
    output: sentBundleSchema,
  },
  listSent: {
    input: z.strictObject({ recipientUnit: unitCodeSchema.optional() }),
    output: z.strictObject({ bundles: z.array(sentBundleSchema) }),
  },
  /** Copies a kept bundle (a new one or a re-send of any sequence: the same bytes) to a drive or folder. */
  saveTo: {
    input: z.strictObject({ ref: sentRefSchema, to: z.enum(['drive', 'folder']), path: localPathSchema }),
    output: z.strictObject({ path: z.string(), size: z.int(), sha256: sha256HexSchema }),
  },
  download: {
    input: z.strictObject({ ref: sentRefSchema }),
    output: z.strictObject({ fileName: z.string(), base64: z.string(), sha256: sha256HexSchema }),
  },
  /** Verifies (approved key first), decrypts and returns records; changes nothing anywhere. */
  open: {
    input: z.strictObject({
      source: bundleSourceSchema,
      kinds: z
        .array(z.enum(['data', 'config', 'enrollment']))
        .min(1)
        .optional(),
    }),
    output: openResultSchema,
    maxInputBytes: UPLOAD_MAX_INPUT_BYTES,
  },
  /** After the renderer applied an opened bundle in one transaction: main records the sequence as received. */
  commit: {
    input: z.strictObject({
      manifestSha256: sha256HexSchema,
      /** Who imported it, for the history (the signed-in user's name). */
      importedBy: z.string().min(1).max(64).optional(),
    }),
    output: inboxSenderSchema,
  },
  /** Verifies a receipt and marks the sent bundles it covers delivered. */
  importReceipt: {
    input: z.strictObject({ source: bundleSourceSchema, importedBy: z.string().min(1).max(64).optional() }),
    output: receiptResultSchema,
    maxInputBytes: UPLOAD_MAX_INPUT_BYTES,
  },
  inbox: { input: z.undefined(), output: z.strictObject({ senders: z.array(inboxSenderSchema) }) },
  /** The kind, sender and sequence a bundle's manifest states, so bulk import can pick a path and an order. */
  peek: {
    input: z.strictObject({ source: bundleSourceSchema }),
    output: peekResultSchema,
    maxInputBytes: UPLOAD_MAX_INPUT_BYTES,
  },
  /** Received bundles (committed), newest first, optionally of one sending unit. */
  history: {
    input: z.strictObject({ unit: unitCodeSchema.optional() }),
    output: z.strictObject({ entries: z.array(receivedEntrySchema) }),
  },
  /** At an office: what the newest receipt of each recipient says is missing (to send again). */
  requests: {
    input: z.undefined(),
    output: z.strictObject({
      requests: z.array(
        z.strictObject({ recipientUnit: unitCodeSchema, missing: sequenceRangesSchema, at: isoTimeSchema }),
      ),
    }),
  },
};
