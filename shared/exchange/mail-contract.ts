import { z } from 'zod';
import { proofField } from './authority';
import { bundleKindSchema, isoTimeSchema, sentRefSchema, sha256HexSchema, unitCodeSchema } from './common';

const hostSchema = z.string().regex(/^[A-Za-z0-9.-]{1,253}$|^\[[0-9A-Fa-f:.]{2,45}\]$/);
const emailSchema = z.email().max(254);

export const smtpSecuritySchema = z.enum(['none', 'starttls', 'tls']);

export const smtpSettingsSchema = z.strictObject({
  host: hostSchema,
  port: z.int().min(1).max(65535),
  /** none: STARTTLS if the server offers it; starttls: required; tls: TLS from the first byte (465). */
  security: smtpSecuritySchema,
  /** Empty: no login. */
  user: z.string().max(254),
  from: emailSchema,
  to: z.array(emailSchema).min(1).max(10),
});
export type SmtpSettings = z.infer<typeof smtpSettingsSchema>;

export const smtpSettingsViewSchema = smtpSettingsSchema.extend({ passwordSet: z.boolean() });

/** Why an SMTP attempt failed, as a code the renderer translates (never a sentence from main). */
export const SEND_FAILURES = [
  'authFailed',
  'tls',
  'refusedAddress',
  'refusedMessage',
  'offline',
  'failed',
] as const;
export const sendFailureSchema = z.strictObject({
  code: z.enum(SEND_FAILURES),
  /** The SMTP server's reply code, when it gave one (535, 550…). */
  reply: z.int().min(100).max(999).nullable(),
});
export type SendFailure = z.infer<typeof sendFailureSchema>;
/** Outboxes written before the codes kept a Vietnamese sentence: read as a failure of unknown kind. */
const storedSendFailureSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { code: 'failed', reply: null } : value),
  sendFailureSchema,
);

export const outboxStateSchema = z.enum(['queued', 'sending', 'sent', 'failed-retrying']);

export const outboxMessageSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-z-]{8,64}$/),
  recipientUnit: unitCodeSchema,
  sequence: z.int().min(1),
  fileName: z.string(),
  to: z.array(z.string()),
  state: outboxStateSchema,
  attempts: z.int().min(0),
  /** Vietnamese, for the user. */
  lastError: storedSendFailureSchema.nullable(),
  nextAttemptAt: isoTimeSchema.nullable(),
  createdAt: isoTimeSchema,
  sentAt: isoTimeSchema.nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** The inbox's limits: what a check takes from the mailbox in one pass, and what one message may carry. */
export const MAIL_INBOX_LIMITS = {
  /** A bundle attachment larger than this (decoded) is left in the mailbox and reported. */
  maxAttachmentBytes: 50 * 1024 * 1024,
  /** A message with more bundle attachments than this is left alone and reported. */
  maxAttachmentsPerMessage: 5,
  /** New messages looked at in one check; the rest wait for the next. */
  maxMessagesPerCheck: 50,
  /** Bundles fetched but not yet imported; no more are fetched until the renderer caught up. */
  maxStaged: 200,
} as const;

/** A mailbox name as the user types it ("INBOX", "Bình An/Đã nhập"): no control or wildcard characters. */
export const mailboxNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => ![...name].some((c) => c.charCodeAt(0) < 0x20 || c === '\x7f' || c === '*' || c === '%'));

/** tls: TLS from the first byte (993); starttls: upgrade required; none: only to this computer (127.0.0.1). */
export const imapSecuritySchema = z.enum(['tls', 'starttls', 'none']);

export const imapSettingsSchema = z.strictObject({
  host: hostSchema,
  port: z.int().min(1).max(65535),
  security: imapSecuritySchema,
  user: z.string().min(1).max(254),
  /** Where bundles arrive. */
  mailbox: mailboxNameSchema,
  /** Where a message goes once its bundles are imported; null: it stays and gets the keyword below. */
  processedFolder: mailboxNameSchema.nullable(),
});
export type ImapSettings = z.infer<typeof imapSettingsSchema>;

/** The IMAP keyword a processed message carries when it is not moved (and after a move, on servers that keep it). */
export const PROCESSED_KEYWORD = '$BinhAnImported';

export const imapSettingsViewSchema = imapSettingsSchema.extend({ passwordSet: z.boolean() });

/** Why a check did not complete: the renderer says it in the UI's language, calmly for `offline`. */
export const INBOX_PROBLEMS = [
  'notSet',
  'locked',
  'offline',
  'timeout',
  'tls',
  'authFailed',
  'mailboxMissing',
  'server',
  'disk',
] as const;
export const inboxProblemSchema = z.enum(INBOX_PROBLEMS);
export type InboxProblem = z.infer<typeof inboxProblemSchema>;

/** What the renderer's import made of a staged bundle. */
export const inboxOutcomeSchema = z.discriminatedUnion('outcome', [
  /** Applied and committed, or already had: the message may be marked processed. */
  z.strictObject({ outcome: z.enum(['imported', 'known']) }),
  /** Refused by the reader or main, or waiting for a key's approval by phone: stays in the mailbox. */
  z.strictObject({ outcome: z.literal('refused'), code: z.string().regex(/^[A-Za-z]{1,40}$/) }),
]);
export type InboxOutcome = z.infer<typeof inboxOutcomeSchema>;

const headerTextSchema = z.string().max(300);

/** One bundle attachment main took from the mailbox into mail/inbox/, until its message is marked processed. */
export const stagedBundleSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-z-]{8,80}$/),
  /** `<uidValidity>:<uid>`: the message in the configured mailbox. */
  message: z.string().regex(/^\d{1,20}:\d{1,10}$/),
  part: z.string().regex(/^[0-9.]{1,40}$/),
  messageId: headerTextSchema.nullable(),
  /** The sender's address, as the message says (a receipt goes back to it). */
  from: z.string().max(254).nullable(),
  subject: headerTextSchema,
  fileName: z.string().max(255),
  size: z.int().min(0),
  sha256: sha256HexSchema,
  /** Read from the unverified manifest, to choose the import path; main checks the signed kind. */
  kind: bundleKindSchema,
  senderUnit: unitCodeSchema.nullable(),
  /** Where main keeps the bytes: the import opens it as a path source. */
  path: z.string(),
  /** staged: waiting for import; done: imported, its message to be marked; processed: marked, bytes gone. */
  state: z.enum(['staged', 'done', 'processed']),
  refused: z.strictObject({ code: z.string(), at: isoTimeSchema }).nullable(),
  stagedAt: isoTimeSchema,
  doneAt: isoTimeSchema.nullable(),
});
export type StagedBundle = z.infer<typeof stagedBundleSchema>;

/** A message in the mailbox that carries no bundle Bình An can take: left as it is, and listed. */
export const skippedMessageSchema = z.strictObject({
  message: stagedBundleSchema.shape.message,
  from: z.string().max(254).nullable(),
  subject: headerTextSchema,
  reason: z.enum(['noBundle', 'notBundle', 'tooLarge', 'tooMany']),
});
export type SkippedMessage = z.infer<typeof skippedMessageSchema>;

export const inboxStatusSchema = z.strictObject({
  configured: z.boolean(),
  checking: z.boolean(),
  lastCheck: z
    .strictObject({
      at: isoTimeSchema,
      problem: inboxProblemSchema.nullable(),
      fetched: z.int().min(0),
      marked: z.int().min(0),
    })
    .nullable(),
  bundles: z.array(stagedBundleSchema),
  skipped: z.array(skippedMessageSchema),
});
export type InboxStatus = z.infer<typeof inboxStatusSchema>;

export const testMailResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), to: z.array(z.string()) }),
  z.strictObject({
    ok: z.literal(false),
    problem: z.enum(['notSet', 'locked', 'offline', 'timeout', 'tls', 'authFailed', 'refused', 'server']),
  }),
]);

export const mailContract = {
  getSettings: { input: z.undefined(), output: smtpSettingsViewSchema.nullable() },
  /** `password` omitted keeps the stored one; "" removes it. Never returned. Needs an administrator's proof. */
  saveSettings: {
    input: z.strictObject({
      settings: smtpSettingsSchema,
      password: z.string().max(1024).optional(),
      ...proofField,
    }),
    output: smtpSettingsViewSchema,
  },
  /** Queues a kept bundle (new, or a re-send of a sequence); returns at once, the pump sends it. */
  enqueue: {
    input: z.strictObject({
      ref: sentRefSchema,
      /** A staged bundle's id: the copy goes to the address its message came from, not to `to`. */
      replyTo: stagedBundleSchema.shape.id.optional(),
    }),
    output: outboxMessageSchema,
  },
  outbox: {
    input: z.undefined(),
    output: z.strictObject({ messages: z.array(outboxMessageSchema), running: z.boolean() }),
  },
  retryNow: { input: z.strictObject({ id: outboxMessageSchema.shape.id }), output: outboxMessageSchema },
  remove: { input: z.strictObject({ id: outboxMessageSchema.shape.id }), output: z.null() },
  /** One plain message (no attachment) to the SMTP settings' `to`, now; waits for the server (bounded). */
  sendTest: { input: z.undefined(), output: testMailResultSchema },
  getInbox: { input: z.undefined(), output: imapSettingsViewSchema.nullable() },
  /** As saveSettings, for the IMAP mailbox; plaintext only to this computer. Needs an administrator's proof. */
  saveInbox: {
    input: z.strictObject({
      settings: imapSettingsSchema,
      password: z.string().max(1024).optional(),
      ...proofField,
    }),
    output: imapSettingsViewSchema,
  },
  /** Starts a check in the background (marks what was imported, fetches new bundles); returns at once. */
  checkNow: { input: z.undefined(), output: inboxStatusSchema },
  inbox: { input: z.undefined(), output: inboxStatusSchema },
  /** The renderer's import of a staged bundle; imported or known lets the next check mark its message. */
  report: {
    input: z.strictObject({ id: stagedBundleSchema.shape.id, result: inboxOutcomeSchema }),
    output: stagedBundleSchema,
  },
};
