import type { KeyBox, WrappedGenerations } from '../../shared/crypto/identity-key';
import type { Sealed } from '../../shared/crypto/vault';
import type { AuthorityPublicKeys } from '../../shared/exchange/authority';
import type { BinhAnDb } from './database';

/**
 * The recovery key's wrappings, stored in kv under 'keyring': the data key (AES-GCM under the
 * recovery key), the recovery age key pair (identity sealed under the recovery key) and the identity
 * key by generation, age-encrypted to that recipient. `identity` is absent in an office set up before
 * identity keys, whose vaults are generation 0 (the data key) until its first rotation.
 */
export type Keyring = {
  recoverySalt: Uint8Array;
  recoveryWrapped: Sealed;
  createdAt: string;
  box?: KeyBox;
  identity?: { current: number; wrapped: WrappedGenerations };
  /**
   * The authority keys (authority-keys.ts): their public halves (what main verifies with) and the
   * seeds age-encrypted to the recovery box. Absent until an administrator of an older office signs in.
   */
  authority?: { publicKeys: AuthorityPublicKeys; wrapped: Record<string, Uint8Array> };
};

/** A rotation in progress (kv 'identityRotation'): resumable after a crash or a closed window. */
export type IdentityRotation = { from: number; to: number; startedAt: string };

export const KV = {
  changeSeq: 'changeSeq',
  office: 'office',
  settings: 'settings',
  keyring: 'keyring',
  identityRotation: 'identityRotation',
  caseCounter: (year: string) => `caseCounter:${year}`,
  throttle: (username: string) => `throttle:${username}`,
} as const;

export async function readKeyring(db: BinhAnDb): Promise<Keyring | null> {
  const row = await db.kv.get(KV.keyring);
  const value = row?.value as Keyring | undefined;
  return value ?? null;
}

export const RECOVERY_AAD = 'binhan/recovery';
export const RECOVERY_BOX_AAD = 'binhan/recovery/box';
export const userBoxAad = (userId: string) => `binhan/user/${userId}/box`;

export async function readRotation(db: BinhAnDb): Promise<IdentityRotation | null> {
  const row = await db.kv.get(KV.identityRotation);
  return (row?.value as IdentityRotation | undefined) ?? null;
}
export const userAad = (userId: string) => `binhan/user/${userId}`;
