import { webcrypto } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { writeFileAtomic } from '../fs/write-file-atomic';
import { type SecretStore, SecretStoreError, secretNameSchema } from './secret-store';

const sealedSchema = z.strictObject({
  v: z.literal(1),
  alg: z.literal('AES-256-GCM'),
  iv: z.base64(),
  data: z.base64(),
});

export interface FileSecretStoreOptions {
  fs: FileSystem;
  /** Created 0700; each secret is a file `<name>.secret`, 0600. */
  dir: string;
  /** 32 bytes from the caller (the unlocked data key); never written anywhere by this store. */
  wrappingKey: Uint8Array;
}

/**
 * Secrets in files readable only by the user, each sealed with AES-256-GCM under the caller's key.
 * The secret's name is the additional data, so a file renamed to another secret's name does not open.
 * On Windows the modes are ignored; the per-user AppData folder's ACL does that work.
 */
export async function createFileSecretStore(options: FileSecretStoreOptions): Promise<SecretStore> {
  if (options.wrappingKey.length !== 32) throw new SecretStoreError('wrapping key must be 32 bytes');
  const key = await webcrypto.subtle.importKey('raw', options.wrappingKey, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  const { fs, dir } = options;
  await fs.mkdir(dir, 0o700);
  await fs.chmod(dir, 0o700);
  const fileOf = (name: string) => `${secretNameSchema.parse(name)}.secret`;
  const aad = (name: string) => new TextEncoder().encode(`binhan-secret:v1:${name}`);

  return {
    kind: 'file',
    async get(name) {
      let text: string;
      try {
        text = new TextDecoder().decode(await fs.readFile(path.join(dir, fileOf(name))));
      } catch (e) {
        if (errnoCode(e) === 'ENOENT') return null;
        throw e;
      }
      const sealed = sealedSchema.parse(JSON.parse(text));
      try {
        const plain = await webcrypto.subtle.decrypt(
          { name: 'AES-GCM', iv: Buffer.from(sealed.iv, 'base64'), additionalData: aad(name) },
          key,
          Buffer.from(sealed.data, 'base64'),
        );
        return new Uint8Array(plain);
      } catch {
        throw new SecretStoreError(`secret ${name} does not open with this key`);
      }
    },
    async set(name, value) {
      const iv = webcrypto.getRandomValues(new Uint8Array(12));
      const data = await webcrypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: aad(name) },
        key,
        value,
      );
      const sealed = {
        v: 1,
        alg: 'AES-256-GCM',
        iv: Buffer.from(iv).toString('base64'),
        data: Buffer.from(data).toString('base64'),
      };
      await writeFileAtomic(fs, dir, fileOf(name), new TextEncoder().encode(JSON.stringify(sealed)), {
        mode: 0o600,
      });
    },
    async delete(name) {
      await fs.unlink(path.join(dir, fileOf(name))).catch((e: unknown) => {
        if (errnoCode(e) !== 'ENOENT') throw e;
      });
    },
  };
}
