import { ageDecrypt, ageEncrypt, generateAgeKey } from '../bundle/age';
import { own, randomBytes, subtle, toHex, utf8 } from './bytes';
import { sessionKeysFrom, unwrapDataKey, wrapDataKey } from './data-key';
import type { Sealed } from './vault';

/**
 * The identity key: what opens survivors' identities, held only by users with `case.identify`
 * and by the recovery key. The office data key (every user's) no longer opens a vault.
 *
 *   identity key g (256 random bits) ──HKDF "binhan/vault/v1"──▶ vault key g   (non-extractable)
 *                                    ──HKDF "binhan/index/v1"──▶ blind-index key g
 *
 * Each generation `g` (1, 2, … after each rotation; 0 = the data key of offices set up before
 * identity keys existed) is stored only wrapped, with age (X25519, the typage library) to:
 * - each holder's own age recipient, whose age identity is sealed under that holder's passphrase
 *   key — so an administrator who is not a holder can still grant the key to a colleague, by
 *   unwrapping it with a holder's passphrase or the recovery key and encrypting it to the
 *   colleague's public recipient, never learning the colleague's passphrase;
 * - the office's recovery recipient, whose age identity is sealed under the recovery key.
 */
export const IDENTITY_KEY_BYTES = 32;

/** A user's (or the recovery key's) age key pair: the recipient in clear, the identity sealed. */
export type KeyBox = { recipient: string; sealedIdentity: Sealed };
/** Wrapped identity keys by generation (age ciphertexts to one recipient). */
export type WrappedGenerations = Record<string, Uint8Array>;
export type IdentityKeys = { vault: CryptoKey; index: CryptoKey };

export const newIdentityKey = (): Uint8Array<ArrayBuffer> => randomBytes(IDENTITY_KEY_BYTES);

/** A fresh age key pair whose identity is sealed under `wrappingKey` (a passphrase or recovery key). */
export async function newKeyBox(wrappingKey: CryptoKey, aad: string): Promise<KeyBox> {
  const pair = await generateAgeKey();
  return {
    recipient: pair.recipient,
    sealedIdentity: await wrapDataKey(wrappingKey, utf8(pair.identity), aad),
  };
}

/** The age identity inside a box; throws when the wrapping key is wrong. */
export async function openKeyBox(wrappingKey: CryptoKey, box: KeyBox, aad: string): Promise<string> {
  const bytes = await unwrapDataKey(wrappingKey, box.sealedIdentity, aad);
  return new TextDecoder().decode(bytes);
}

export const wrapIdentityKey = (key: Uint8Array, recipient: string): Promise<Uint8Array> =>
  ageEncrypt(key, recipient);

export async function unwrapIdentityKey(wrapped: Uint8Array, ageIdentity: string): Promise<Uint8Array> {
  return ageDecrypt(own(wrapped), ageIdentity);
}

/** The non-extractable vault and blind-index keys of one generation (same derivation as the data key's). */
export const identityKeysFrom = (key: Uint8Array): Promise<IdentityKeys> => sessionKeysFrom(key);

/** A keyed hash of a name search, for the audit log: who searched is recorded, never what for. */
export async function searchDigest(index: CryptoKey, query: string): Promise<string> {
  const mac = await subtle().sign('HMAC', index, utf8(`search\u0000${query}`));
  return toHex(new Uint8Array(mac).slice(0, 16));
}
