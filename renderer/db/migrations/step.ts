import type { Transaction } from 'dexie';

/**
 * One schema version the app has shipped: its tables and indexes and, when existing rows must
 * change, a named upgrade that Dexie runs once when an older database opens. Never edit a shipped
 * step: add the next file. Primary keys never change (IndexedDB cannot change them in place).
 * Indexes hold codes, dates, ids and HMAC tokens — never identifying plaintext.
 */
export type SchemaStep = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};
