import type { Sealed } from '../../shared/crypto/vault';
import type { BinhAnDb } from './database';

/** The recovery wrapping of the data key, stored in kv under 'keyring'. */
export type Keyring = { recoverySalt: Uint8Array; recoveryWrapped: Sealed; createdAt: string };

export const KV = {
  changeSeq: 'changeSeq',
  office: 'office',
  settings: 'settings',
  keyring: 'keyring',
  caseCounter: (year: string) => `caseCounter:${year}`,
  throttle: (username: string) => `throttle:${username}`,
} as const;

export async function readKeyring(db: BinhAnDb): Promise<Keyring | null> {
  const row = await db.kv.get(KV.keyring);
  const value = row?.value as Keyring | undefined;
  return value ?? null;
}

export const RECOVERY_AAD = 'binhan/recovery';
export const userAad = (userId: string) => `binhan/user/${userId}`;
