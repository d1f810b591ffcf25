import { z } from 'zod';
import { AGE_RECIPIENT } from '../bundle/age';
import { proofField } from '../exchange/authority';
import { backupManifestSchema, backupProblemSchema, backupRendererPartSchema } from './backup-format';

/**
 * Host calls of the office backup (issue 10). The renderer streams the database (gzip NDJSON) in parts
 * to main, which encrypts, writes the zip atomically and checks it; a restore streams back the other
 * way. Expected problems (a full stick, a wrong key) come back as `{ status: 'failed', problem }`, a
 * value the UI translates; nothing is left under a final name by a failed or interrupted backup.
 */
const folder = z.string().min(1).max(1024);
const sessionId = z.string().regex(/^[0-9a-f]{32}$/);
/** One part of the stream: ≤ 4 MiB of bytes, base64. */
const PART_BASE64 = 6 * 1024 * 1024;
const part = z.base64().max(PART_BASE64);

const failed = z.strictObject({ status: z.literal('failed'), problem: backupProblemSchema });
const outcome = <T extends z.ZodRawShape>(shape: T) =>
  z.discriminatedUnion('status', [z.strictObject({ status: z.literal('ok'), ...shape }), failed]);

export const backupListingSchema = z.strictObject({
  fileName: z.string(),
  path: z.string(),
  size: z.int().min(0),
  manifest: backupManifestSchema,
});
export type BackupListing = z.infer<typeof backupListingSchema>;

export const backupStateSchema = z.strictObject({
  lastAt: z.iso.datetime().nullable(),
  lastFolder: z.string().nullable(),
  keep: z.int().min(1).max(100),
});
export type BackupState = z.infer<typeof backupStateSchema>;

export const backupContract = {
  /** Where and when the last backup went (for the reminder and the Admin panel). */
  state: { input: z.undefined(), output: backupStateSchema },
  begin: {
    input: z.strictObject({
      folder,
      /** The office's unit code: names the file. */
      unitCode: z.string().regex(/^[0-9A-Za-z_-]{1,32}$/),
      recipient: z.string().regex(AGE_RECIPIENT),
      /** backup-key.age, base64. */
      keyFile: z.base64().max(4096),
      keep: z.int().min(1).max(100),
      /** An administrator's authority proof over exactly this input; main refuses the call without it. */
      ...proofField,
    }),
    output: outcome({ id: sessionId }),
  },
  append: {
    input: z.strictObject({ id: sessionId, part }),
    output: outcome({ bytes: z.int().min(0) }),
    maxInputBytes: PART_BASE64 + 1024,
  },
  finish: {
    input: z.strictObject({ id: sessionId, manifest: backupRendererPartSchema }),
    output: outcome({ backup: backupListingSchema }),
    maxInputBytes: 256 * 1024,
  },
  abort: { input: z.strictObject({ id: sessionId }), output: z.null() },
  list: { input: z.strictObject({ folder }), output: outcome({ backups: z.array(backupListingSchema) }) },
  /** The manifest and backup-key.age of a backup file, read and checked, before any key is asked for. */
  inspect: {
    input: z.strictObject({ path: folder }),
    output: outcome({ listing: backupListingSchema, keyFile: z.base64() }),
  },
  /** Opens a restore with the backup key the renderer unlocked; checks every entry's hash first. */
  openRestore: {
    input: z.strictObject({
      path: folder,
      identity: z.string().regex(/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/),
    }),
    output: outcome({
      id: sessionId,
      manifest: backupManifestSchema,
      /**
       * Bundles this data folder's sent/ log records after the backup's last ones. The restore keeps that
       * newer log, so the next bundle continues after them instead of reusing their sequence numbers.
       */
      sentAfter: z.array(
        z.strictObject({ recipientUnit: z.string(), sequence: z.int().min(1), createdAt: z.string() }),
      ),
    }),
  },
  /** The next part of db.age's plaintext (gzip NDJSON), null at the end. */
  readRestore: {
    input: z.strictObject({ id: sessionId }),
    output: outcome({ part: part.nullable() }),
  },
  /** Writes main's files from the backup (office.json last) and sets audit-head.json to the backup's. */
  commitRestore: { input: z.strictObject({ id: sessionId }), output: outcome({}) },
  closeRestore: { input: z.strictObject({ id: sessionId }), output: z.null() },
};
