import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
import { createFileSecretStore } from '../../../../main/services/keys/file-secret-store';
import { loadOfficeKeys, saveOfficeKeys } from '../../../../main/services/keys/key-storage';
import { generateOfficeKeys, publicKeysOf } from '../../../../main/services/keys/office-keys';
import {
  checkSafeStorage,
  createSafeStorageSecretStore,
  type SafeStorageLike,
} from '../../../../main/services/keys/safe-storage';

const posix = process.platform !== 'win32';
const randomKey = () => globalThis.crypto.getRandomValues(new Uint8Array(32));

describe('office keys', () => {
  it('are an Ed25519 minisign key and an age X25519 identity, with phone fingerprints', async () => {
    const keys = await generateOfficeKeys();
    const pub = publicKeysOf(keys);
    expect(pub.signingPublicKey).toMatch(/^untrusted comment: minisign public key [0-9A-F]{16}\n/);
    expect(pub.ageRecipient).toMatch(/^age1[0-9a-z]{58}$/);
    expect(pub.signingFingerprint).toMatch(/^\d{4}( \d{4}){4}$/);
    expect(pub.ageFingerprint).not.toBe(pub.signingFingerprint);
  });
});

describe('file-backed SecretStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'binhan-keys-')), 'secrets');
  });
  afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('round-trips office keys; folder 0700, files 0600, no plaintext on disk', async () => {
    const store = await createFileSecretStore({ fs: createNodeFileSystem(), dir, wrappingKey: randomKey() });
    const keys = await generateOfficeKeys();
    await saveOfficeKeys(store, keys);
    expect(await loadOfficeKeys(store)).toEqual(keys);
    if (posix) {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      for (const f of readdirSync(dir)) expect(statSync(path.join(dir, f)).mode & 0o777).toBe(0o600);
    }
    const onDisk = readdirSync(dir)
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    expect(onDisk).not.toContain(keys.age.identity);
    expect(onDisk).not.toContain('AGE-SECRET-KEY');
  });

  it('does not open with another wrapping key, nor under another name', async () => {
    const fs = createNodeFileSystem();
    const store = await createFileSecretStore({ fs, dir, wrappingKey: randomKey() });
    await store.set('a', new Uint8Array([1, 2, 3]));
    const other = await createFileSecretStore({ fs, dir, wrappingKey: randomKey() });
    await expect(other.get('a')).rejects.toThrow(/does not open/);
    renameSync(path.join(dir, 'a.secret'), path.join(dir, 'b.secret'));
    await expect(store.get('b')).rejects.toThrow(/does not open/);
  });

  it('returns null for a missing secret, deletes, and refuses names that are paths', async () => {
    const store = await createFileSecretStore({ fs: createNodeFileSystem(), dir, wrappingKey: randomKey() });
    expect(await store.get('nothing')).toBeNull();
    await store.set('x', new Uint8Array([9]));
    await store.delete('x');
    expect(await store.get('x')).toBeNull();
    await expect(store.set('../evil', new Uint8Array())).rejects.toThrow();
  });
});

describe('safeStorage', () => {
  it('refuses Linux basic_text (and unknown), accepts a real keyring and other OSes', () => {
    expect(checkSafeStorage('linux', true, 'basic_text').usable).toBe(false);
    expect(checkSafeStorage('linux', true, 'unknown').usable).toBe(false);
    expect(checkSafeStorage('linux', true, undefined).usable).toBe(false);
    expect(checkSafeStorage('linux', true, 'gnome_libsecret').usable).toBe(true);
    expect(checkSafeStorage('linux', true, 'kwallet6').usable).toBe(true);
    expect(checkSafeStorage('win32', true, undefined).usable).toBe(true);
    expect(checkSafeStorage('darwin', false, undefined).usable).toBe(false);
    const refused = checkSafeStorage('linux', true, 'basic_text');
    expect(!refused.usable && refused.message).toMatch(/kho khoá/);
  });

  it('stores through a safeStorage-shaped object, and will not start on basic_text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'binhan-safe-'));
    try {
      const fake = (backend: string): SafeStorageLike => ({
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => backend,
        encryptString: (s) => Buffer.from(`sealed:${s}`),
        decryptString: (b) =>
          Buffer.from(b)
            .toString()
            .replace(/^sealed:/, ''),
      });
      const fs = createNodeFileSystem();
      await expect(
        createSafeStorageSecretStore({ fs, dir, safeStorage: fake('basic_text'), platform: 'linux' }),
      ).rejects.toThrow(/basic_text/);
      const store = await createSafeStorageSecretStore({
        fs,
        dir,
        safeStorage: fake('kwallet5'),
        platform: 'linux',
      });
      await store.set('smtp-password', new Uint8Array([7, 8]));
      expect(await store.get('smtp-password')).toEqual(new Uint8Array([7, 8]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
