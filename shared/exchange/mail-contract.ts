import { z } from 'zod';
import { proofField } from './authority.ts';
import { isoTimeSchema, sentRefSchema, unitCodeSchema } from './common.ts';

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
  lastError: z.string().nullable(),
  nextAttemptAt: isoTimeSchema.nullable(),
  createdAt: isoTimeSchema,
  sentAt: isoTimeSchema.nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

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
  enqueue: { input: z.strictObject({ ref: sentRefSchema }), output: outboxMessageSchema },
  outbox: {
    input: z.undefined(),
    output: z.strictObject({ messages: z.array(outboxMessageSchema), running: z.boolean() }),
  },
  retryNow: { input: z.strictObject({ id: outboxMessageSchema.shape.id }), output: outboxMessageSchema },
  remove: { input: z.strictObject({ id: outboxMessageSchema.shape.id }), output: z.null() },
};
