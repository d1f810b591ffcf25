import { z } from 'zod';

/** Names of secrets: they become file names, so nothing but a short ASCII word. */
export const secretNameSchema = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/);

/**
 * Where main keeps private keys (and later the SMTP password). Two implementations: a file wrapped by
 * the data key (here), and Electron's safeStorage (filled in by the Electron entry, see safe-storage.ts).
 */
export interface SecretStore {
  readonly kind: 'file' | 'safe-storage';
  get(name: string): Promise<Uint8Array | null>;
  set(name: string, value: Uint8Array): Promise<void>;
  delete(name: string): Promise<void>;
}

export class SecretStoreError extends Error {
  override name = 'SecretStoreError';
}
