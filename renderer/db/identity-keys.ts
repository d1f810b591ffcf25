import { recoveryWrappingKey, sessionKeysFrom, unwrapDataKey } from '../../shared/crypto/data-key';
import {
  type IdentityKeys,
  identityKeysFrom,
  type KeyBox,
  newKeyBox,
  openKeyBox,
  unwrapIdentityKey,
  wrapIdentityKey,
} from '../../shared/crypto/identity-key';
import { parseRecoveryKey } from '../../shared/crypto/recovery-key';
import type { Sealed } from '../../shared/crypto/vault';
import { permissionsOf, type UserRecord } from '../../shared/model';
import type { BinhAnDb } from './database';
import { StoreError } from './errors';
import { RECOVERY_AAD, RECOVERY_BOX_AAD, readKeyring, readRotation, userBoxAad } from './keyring';
import type { Session, SessionKeys } from './session';

/**
 * The identity-key side of sign-in, sealing and opening (the hierarchy is in
 * shared/crypto/identity-key.ts). Internal to renderer/db/.
 */

/** Raw identity keys by generation; zero them after use (`wipe`). */
export type RawGenerations = Map<number, Uint8Array>;
export const wipe = (gens: RawGenerations): void => {
  for (const key of gens.values()) key.fill(0);
};

/** The generation new vaults are sealed with: the keyring's current one (0 before identity keys). */
export async function currentGeneration(db: BinhAnDb): Promise<number> {
  return (await readKeyring(db))?.identity?.current ?? 0;
}

/**
 * Generation 0 — the data key — opens vaults only in an office set up before identity keys, or while
 * its first rotation is re-sealing them; then it is offered to holders too. Otherwise it opens nothing.
 */
export async function legacyVaultsExist(db: BinhAnDb): Promise<boolean> {
  const keyring = await readKeyring(db);
  return keyring?.identity === undefined || (await readRotation(db))?.from === 0;
}

export const mayIdentify = (user: Pick<UserRecord, 'roles'>): boolean =>
  permissionsOf(user.roles).has('case.identify');

/** The identity keys a holder's age box opens, by generation (raw). */
export async function holderGenerations(user: UserRecord, kek: CryptoKey): Promise<RawGenerations> {
  const out: RawGenerations = new Map();
  if (user.box === undefined || user.identityKeys === undefined) return out;
  const ageIdentity = await openKeyBox(kek, user.box, userBoxAad(user.id));
  for (const [g, wrapped] of Object.entries(user.identityKeys))
    out.set(Number(g), await unwrapIdentityKey(wrapped, ageIdentity));
  return out;
}

/** The identity keys the recovery box opens, by generation (raw). */
export async function recoveryGenerations(
  box: KeyBox | undefined,
  wrapped: Record<string, Uint8Array> | undefined,
  recoveryKek: CryptoKey,
  aad: string,
): Promise<RawGenerations> {
  const out: RawGenerations = new Map();
  if (box === undefined || wrapped === undefined) return out;
  const ageIdentity = await openKeyBox(recoveryKek, box, aad);
  for (const [g, key] of Object.entries(wrapped))
    out.set(Number(g), await unwrapIdentityKey(key, ageIdentity));
  return out;
}

/** Encrypts every generation in `gens` to `recipient` (a grant, or a new generation for holders). */
export async function wrapGenerations(
  gens: RawGenerations,
  recipient: string,
): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const [g, key] of gens) out[String(g)] = await wrapIdentityKey(key, recipient);
  return out;
}

/**
 * The keys of a session, from the user's passphrase key and data key: the office key for everyone,
 * identity keys for holders only. A user of an older release gets an age box here, the one moment
 * their passphrase key is at hand (the caller stores the returned record).
 */
export async function sessionKeysFor(
  db: BinhAnDb,
  user: UserRecord,
  kek: CryptoKey,
  dataKey: Uint8Array,
): Promise<{ keys: SessionKeys; updated: UserRecord | null }> {
  const derived = await sessionKeysFrom(dataKey);
  const identity = new Map<number, IdentityKeys>();
  let updated: UserRecord | null = null;
  if (user.box === undefined) {
    updated = { ...user, box: await newKeyBox(kek, userBoxAad(user.id)) };
  }
  if (mayIdentify(user)) {
    const gens = await holderGenerations(user, kek);
    try {
      for (const [g, key] of gens) identity.set(g, await identityKeysFrom(key));
    } finally {
      wipe(gens);
    }
    if (await legacyVaultsExist(db)) identity.set(0, derived);
  }
  return { keys: { office: derived.index, identity }, updated };
}

/** The keys new vaults are sealed with, and their generation. */
export type SealingKeys = IdentityKeys & { g: number };

/** The keys a session seals with now; `locked` for a holder whose session predates a rotation. */
export async function sealingKeys(db: BinhAnDb, session: Session): Promise<SealingKeys> {
  const g = await currentGeneration(db);
  if (session.permissions.has('case.identify') && !session.keys().identity.has(g))
    throw new StoreError('locked');
  return { ...session.identity(g), g };
}

/** The keys that open `sealed` (by its generation). */
export const openingKeys = (session: Session, sealed: Sealed): IdentityKeys =>
  session.identity(sealed.g ?? 0);

/** Raw bytes of the data key under a passphrase or recovery wrapping key, or null when it is wrong. */
export async function tryUnwrap(
  kek: CryptoKey,
  wrapped: Sealed,
  aad: string,
): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return await unwrapDataKey(kek, wrapped, aad);
  } catch {
    return null;
  }
}

/** The data key, every identity-key generation and the wrapping key that the recovery key opens. */
export async function unlockRecovery(
  db: BinhAnDb,
  typed: string,
): Promise<{ dataKey: Uint8Array<ArrayBuffer>; identity: RawGenerations; kek: CryptoKey }> {
  const bits = parseRecoveryKey(typed);
  const keyring = await readKeyring(db);
  if (keyring === null) throw new StoreError('notSetUp');
  if (bits === null) throw new StoreError('badRecoveryKey');
  try {
    const kek = await recoveryWrappingKey(bits, keyring.recoverySalt);
    const dataKey = await tryUnwrap(kek, keyring.recoveryWrapped, RECOVERY_AAD);
    if (dataKey === null) throw new StoreError('badRecoveryKey');
    const identity = await recoveryGenerations(keyring.box, keyring.identity?.wrapped, kek, RECOVERY_BOX_AAD);
    return { dataKey, identity, kek };
  } finally {
    bits.fill(0);
  }
}

/** Sealing keys from raw generations unlocked for one task (demo data by an administrator). */
export async function sealingKeysFrom(db: BinhAnDb, gens: RawGenerations): Promise<SealingKeys> {
  const g = await currentGeneration(db);
  const raw = gens.get(g);
  if (raw === undefined) throw new StoreError('forbidden', { detail: 'case.identify' });
  return { ...(await identityKeysFrom(raw)), g };
}
