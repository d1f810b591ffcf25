import { z } from 'zod';

/** The newest entry of the office's audit chain: its sequence number and hash. */
export const auditHeadSchema = z.strictObject({
  seq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditHead = z.infer<typeof auditHeadSchema>;

/**
 * Main keeps the audit chain's newest (seq, hash) outside IndexedDB, in the data folder, and only ever
 * moves it forward. Deleting the last entries of the log, or putting back an older copy of the whole
 * browser profile, leaves the database behind main's head, which verification reports.
 */
export const auditContract = {
  head: { input: z.undefined(), output: auditHeadSchema.nullable() },
  /** Moves the head forward; a lower seq, or the same seq with another hash, is refused. */
  advance: { input: auditHeadSchema, output: auditHeadSchema },
};
