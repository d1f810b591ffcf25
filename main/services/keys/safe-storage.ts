import path from 'node:path';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { writeFileAtomic } from '../fs/write-file-atomic';
import { type SecretStore, SecretStoreError, secretNameSchema } from './secret-store';

/**
 * The part of Electron's `safeStorage` this store needs, declared here because main/services never
 * imports electron; the Electron entry passes `safeStorage` itself.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Uint8Array;
  decryptString(encrypted: Uint8Array): string;
  /** Linux only in Electron: 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown'. */
  getSelectedStorageBackend?(): string;
}

export type SafeStorageVerdict = { usable: true } | { usable: false; reason: string; message: string };

/**
 * Whether safeStorage protects anything here. On Linux without a keyring Electron falls back to
 * `basic_text`, a hard-coded key that hides nothing, so it is refused like an unavailable store
 * (and so is `unknown`, which is what Electron reports before the app is ready).
 */
export function checkSafeStorage(
  platform: NodeJS.Platform,
  available: boolean,
  linuxBackend: string | undefined,
): SafeStorageVerdict {
  if (!available) {
    return {
      usable: false,
      reason: 'unavailable',
      message: 'Hệ điều hành không cung cấp kho bảo mật để giữ khoá.',
    };
  }
  if (
    platform === 'linux' &&
    (linuxBackend === undefined || linuxBackend === 'basic_text' || linuxBackend === 'unknown')
  ) {
    return {
      usable: false,
      reason: `linux backend ${linuxBackend ?? 'not reported'}`,
      message:
        'Máy này không có kho khoá (keyring) an toàn; khoá sẽ được giữ trong tệp mã hoá bằng khoá dữ liệu.',
    };
  }
  return { usable: true };
}

/** Secrets sealed by the OS (DPAPI, Keychain, libsecret/kwallet) and kept as files `<name>.sealed`, 0600. */
export async function createSafeStorageSecretStore(options: {
  fs: FileSystem;
  dir: string;
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
}): Promise<SecretStore> {
  const { fs, dir, safeStorage } = options;
  const verdict = checkSafeStorage(
    options.platform,
    safeStorage.isEncryptionAvailable(),
    safeStorage.getSelectedStorageBackend?.(),
  );
  if (!verdict.usable) throw new SecretStoreError(`safeStorage refused: ${verdict.reason}`);
  await fs.mkdir(dir, 0o700);
  await fs.chmod(dir, 0o700);
  const fileOf = (name: string) => `${secretNameSchema.parse(name)}.sealed`;
  return {
    kind: 'safe-storage',
    async get(name) {
      try {
        const sealed = await fs.readFile(path.join(dir, fileOf(name)));
        return new Uint8Array(Buffer.from(safeStorage.decryptString(sealed), 'base64'));
      } catch (e) {
        if (errnoCode(e) === 'ENOENT') return null;
        throw e;
      }
    },
    async set(name, value) {
      const sealed = safeStorage.encryptString(Buffer.from(value).toString('base64'));
      await writeFileAtomic(fs, dir, fileOf(name), sealed, { mode: 0o600 });
    },
    async delete(name) {
      await fs.unlink(path.join(dir, fileOf(name))).catch((e: unknown) => {
        if (errnoCode(e) !== 'ENOENT') throw e;
      });
    },
  };
}
