import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeStorageSecretStores } from '../../../../main/services/exchange/secret-stores';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
import type { SafeStorageLike } from '../../../../main/services/keys/safe-storage';
import { removeRoot, tempRoot } from './host-fixture';

/** A stand-in for Electron's safeStorage: reversible, tagged, so the test can see it was used. */
const fakeSafeStorage = (backend: string): SafeStorageLike => ({
  isEncryptionAvailable: () => true,
  encryptString: (s) => new TextEncoder().encode(`sealed:${s}`),
  decryptString: (b) => new TextDecoder().decode(b).replace(/^sealed:/, ''),
  getSelectedStorageBackend: () => backend,
});
const key = () => globalThis.crypto.getRandomValues(new Uint8Array(32));

describe('SecretStore factories', () => {
  let root: string;
  beforeEach(() => {
    root = tempRoot();
  });
  afterEach(() => removeRoot(root));

  it('uses safe storage with the wrapping key inside it; another wrapping key does not open it', async () => {
    const fs = createNodeFileSystem();
    const factory = safeStorageSecretStores(fs, root, fakeSafeStorage('gnome_libsecret'), 'linux');
    expect(factory.kind).toBe('safe-storage');
    const wrapping = key();
    await (await factory.open(wrapping)).set('smtp-password', new TextEncoder().encode('mật khẩu'));
    const onDisk = readFileSync(path.join(root, 'sealed', 'smtp-password.sealed'), 'utf8');
    expect(onDisk.startsWith('sealed:')).toBe(true);
    expect(Buffer.from(onDisk.slice(7), 'base64').toString('utf8')).not.toContain('mật khẩu');
    const again = await (await factory.open(wrapping)).get('smtp-password');
    expect(new TextDecoder().decode(again ?? new Uint8Array())).toBe('mật khẩu');
    await expect((await factory.open(key())).get('smtp-password')).rejects.toThrow(/does not open/);
  });

  it("refuses Linux's basic_text backend and falls back to the file store", async () => {
    const fs = createNodeFileSystem();
    const factory = safeStorageSecretStores(fs, root, fakeSafeStorage('basic_text'), 'linux');
    expect(factory.kind).toBe('file');
    await (await factory.open(key())).set('age-identity', new Uint8Array([1]));
    expect(readdirSync(path.join(root, 'secrets'))).toEqual(['age-identity.secret']);
  });
});
