import path from 'node:path';
import { z } from 'zod';
import {
  type KeyStatus,
  type PublicKeyInfo,
  publicKeyInfoSchema,
} from '../../../shared/exchange/keys-contract';
import { HostFailure } from '../../../shared/host/result';
import type { FileSystem } from '../fs/file-system';
import { loadOfficeKeys, saveOfficeKeys } from '../keys/key-storage';
import { generateOfficeKeys, type OfficeKeys, publicKeysOf } from '../keys/office-keys';
import { type SecretStore, SecretStoreError } from '../keys/secret-store';
import type { Clock, SecretStoreFactory } from './exchange-deps';
import { readJsonFile, writeJsonFile } from './json-file';
import { createSerial } from './serial';

/** keys/identity.json: the public half only, so status and public info need no unlocking. */
const identitySchema = publicKeyInfoSchema.extend({
  v: z.literal(1),
  secretStore: z.enum(['file', 'safe-storage']),
});
type Identity = z.infer<typeof identitySchema>;

/**
 * The unit's private keys, held in memory only between unlock and lock. Nothing here returns a
 * private key to a caller outside main: handlers get public info, services get signing and decryption.
 */
export class KeySession {
  private unlocked: { keys: OfficeKeys; store: SecretStore; identity: Identity } | null = null;
  private readonly listeners = new Set<(unlocked: boolean) => void>();
  private readonly serial = createSerial();
  private readonly identityFile: string;

  constructor(
    private readonly deps: {
      fs: FileSystem;
      keysDir: string;
      secretStores: SecretStoreFactory;
      clock: Clock;
    },
  ) {
    this.identityFile = path.join(deps.keysDir, 'identity.json');
  }

  onChange(listener: (unlocked: boolean) => void): void {
    this.listeners.add(listener);
  }

  private readIdentity(): Promise<Identity | null> {
    return readJsonFile(this.deps.fs, this.identityFile, identitySchema);
  }

  async status(): Promise<KeyStatus> {
    const identity = this.unlocked?.identity ?? (await this.readIdentity());
    if (identity === null) return { state: 'none', unit: null, secretStore: null };
    return {
      state: this.unlocked ? 'unlocked' : 'locked',
      unit: identity.unit,
      secretStore: identity.secretStore,
    };
  }

  create(unit: string, wrappingKey: Uint8Array): Promise<PublicKeyInfo> {
    return this.serial(async () => {
      if ((await this.readIdentity()) !== null) {
        throw new HostFailure('notAllowed', 'keysExist');
      }
      const keys = await generateOfficeKeys();
      const store = await this.deps.secretStores.open(wrappingKey);
      await this.deps.fs.mkdir(this.deps.keysDir, 0o700);
      await saveOfficeKeys(store, keys);
      const identity: Identity = {
        v: 1,
        unit,
        ...publicKeysOf(keys),
        createdAt: this.deps.clock.now().toISOString(),
        secretStore: store.kind,
      };
      await writeJsonFile(this.deps.fs, this.identityFile, identity);
      this.set({ keys, store, identity });
      return publicInfoOf(identity);
    });
  }

  unlock(wrappingKey: Uint8Array): Promise<KeyStatus> {
    return this.serial(async () => {
      const identity = await this.readIdentity();
      if (identity === null) throw new HostFailure('notFound', 'noKeys');
      const store = await this.deps.secretStores.open(wrappingKey);
      let keys: OfficeKeys | null;
      try {
        keys = await loadOfficeKeys(store);
      } catch (e) {
        if (e instanceof SecretStoreError) {
          throw new HostFailure('forbidden', 'wrongWrappingKey');
        }
        throw e;
      }
      if (keys === null || publicKeysOf(keys).signingKeyId !== identity.signingKeyId) {
        throw new HostFailure('unavailable', 'keyStoreMissing');
      }
      this.set({ keys, store, identity });
      return this.status();
    });
  }

  lock(): Promise<KeyStatus> {
    this.set(null);
    return this.status();
  }

  async publicInfo(): Promise<PublicKeyInfo> {
    const identity = this.unlocked?.identity ?? (await this.readIdentity());
    if (identity === null) throw new HostFailure('notFound', 'noKeys');
    return publicInfoOf(identity);
  }

  /** For main's services only: the unlocked keys, the secret store and the unit. */
  require(): { keys: OfficeKeys; store: SecretStore; unit: string; publicInfo: PublicKeyInfo } {
    if (this.unlocked === null) throw new HostFailure('forbidden', 'exchangeLocked');
    const { keys, store, identity } = this.unlocked;
    return { keys, store, unit: identity.unit, publicInfo: publicInfoOf(identity) };
  }

  isUnlocked(): boolean {
    return this.unlocked !== null;
  }

  private set(next: { keys: OfficeKeys; store: SecretStore; identity: Identity } | null): void {
    this.unlocked = next;
    for (const listener of this.listeners) listener(next !== null);
  }
}

const publicInfoOf = (i: Identity): PublicKeyInfo => ({
  unit: i.unit,
  signingPublicKey: i.signingPublicKey,
  signingKeyId: i.signingKeyId,
  ageRecipient: i.ageRecipient,
  signingFingerprint: i.signingFingerprint,
  ageFingerprint: i.ageFingerprint,
  createdAt: i.createdAt,
});

/** The wrapping key arrives as base64 (checked by zod to be 44 characters); exactly 32 bytes. */
export function decodeWrappingKey(base64: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytes.length !== 32) throw new HostFailure('invalidInput', 'wrappingKeyLength');
  return bytes;
}
