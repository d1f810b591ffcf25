import { webcrypto } from 'node:crypto';
import path from 'node:path';
import type { FileSystem } from '../fs/file-system';
import { createFileSecretStore } from '../keys/file-secret-store';
import { checkSafeStorage, createSafeStorageSecretStore, type SafeStorageLike } from '../keys/safe-storage';
import { type SecretStore, SecretStoreError } from '../keys/secret-store';
import type { SecretStoreFactory } from './exchange-deps';

/** Secrets in files under `keysDir/secrets`, sealed by the wrapping key alone (the web host, Linux without a keyring). */
export const fileSecretStores = (fs: FileSystem, keysDir: string): SecretStoreFactory => ({
  kind: 'file',
  open: (wrappingKey) => createFileSecretStore({ fs, dir: path.join(keysDir, 'secrets'), wrappingKey }),
});

/**
 * Electron: the OS's safe storage where it protects anything (never Linux's basic_text), with the
 * wrapping key inside it, so a copied disk needs both the user's OS login and the office sign-in.
 * Elsewhere it falls back to the file store.
 */
export function safeStorageSecretStores(
  fs: FileSystem,
  keysDir: string,
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): SecretStoreFactory {
  const verdict = checkSafeStorage(
    platform,
    safeStorage.isEncryptionAvailable(),
    safeStorage.getSelectedStorageBackend?.(),
  );
  if (!verdict.usable) return fileSecretStores(fs, keysDir);
  return {
    kind: 'safe-storage',
    open: async (wrappingKey) =>
      sealedWith(
        await createSafeStorageSecretStore({ fs, dir: path.join(keysDir, 'sealed'), safeStorage, platform }),
        wrappingKey,
      ),
  };
}

/** A SecretStore whose values are AES-256-GCM sealed by `wrappingKey` before the inner store sees them. */
export async function sealedWith(inner: SecretStore, wrappingKey: Uint8Array): Promise<SecretStore> {
  if (wrappingKey.length !== 32) throw new SecretStoreError('wrapping key must be 32 bytes');
  const key = await webcrypto.subtle.importKey('raw', wrappingKey, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const aad = (name: string) => new TextEncoder().encode(`binhan-sealed:v1:${name}`);
  return {
    kind: inner.kind,
    async get(name) {
      const sealed = await inner.get(name);
      if (sealed === null) return null;
      try {
        const plain = await webcrypto.subtle.decrypt(
          { name: 'AES-GCM', iv: sealed.subarray(0, 12), additionalData: aad(name) },
          key,
          sealed.subarray(12),
        );
        return new Uint8Array(plain);
      } catch {
        throw new SecretStoreError(`secret ${name} does not open with this key`);
      }
    },
    async set(name, value) {
      const iv = webcrypto.getRandomValues(new Uint8Array(12));
      const ct = await webcrypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: aad(name) },
        key,
        value,
      );
      const out = new Uint8Array(12 + ct.byteLength);
      out.set(iv);
      out.set(new Uint8Array(ct), 12);
      await inner.set(name, out);
    },
    delete: (name) => inner.delete(name),
  };
}
