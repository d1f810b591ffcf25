import { z } from 'zod';
import { choice, optionalText, unitCode, wholeNumber } from './fields';
import type { recordMetaSchema } from './meta';

export const BUNDLE_KINDS = ['data', 'receipt', 'enrollment', 'config'] as const;
export const EXCHANGE_STATES = ['prepared', 'sent', 'delivered', 'imported', 'rejected'] as const;

/** One line per bundle sent or received; `sinceChangeSeq`/`toChangeSeq` say what a data bundle covered. */
export const exchangeLogFieldsSchema = z.object({
  direction: z.enum(['sent', 'received']),
  kind: choice(BUNDLE_KINDS),
  peerUnit: unitCode(),
  sequence: wholeNumber(0, Number.MAX_SAFE_INTEGER),
  manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string(),
  sinceChangeSeq: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
  toChangeSeq: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
  recordCounts: z.record(z.string(), z.number().int().min(0)).default({}),
  state: choice(EXCHANGE_STATES),
  /** An i18n key for a rejection (store.exchange.*), never free text from a file. */
  reason: optionalText(120),
  destination: optionalText(300),
});
export type ExchangeLogInput = z.input<typeof exchangeLogFieldsSchema>;
export type ExchangeLogRecord = z.infer<typeof recordMetaSchema> & z.output<typeof exchangeLogFieldsSchema>;
