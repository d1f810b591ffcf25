import { own, randomBytes, subtle, utf8 } from './bytes';
import type { Sealed } from './vault';

/**
 * The office data key: every user's. It proves a passphrase and keys what every role may use.
 *
 *   data key (256 random bits)  ──HKDF "binhan/index/v1"──▶ HMAC-SHA256 office key  (non-extractable):
 *                                  the exchange's secrets (renderer/features/exchange/keys/host-secrets.ts)
 *                               ──HKDF "binhan/vault/v1"──▶ vault key of generation 0 — only offices set
 *                                  up before the identity key (identity-key.ts) have such vaults, until
 *                                  their first rotation re-seals them
 *
 * The data key is stored only wrapped (AES-GCM) under each user's passphrase key and under the
 * recovery key. Its raw bytes exist in memory only for the moment of (re)wrapping; a session keeps
 * derived, non-extractable CryptoKeys.
 *
 * Passphrase keys use WebCrypto's native PBKDF2-SHA256 with 600,000 iterations (OWASP 2023). We
 * chose it over Argon2id because Argon2 in a browser needs WebAssembly, which would force the app's
 * CSP to allow 'wasm-unsafe-eval'; PBKDF2 keeps `script-src 'self'` strict and runs at native speed.
 */
export const PBKDF2_ITERATIONS = 600_000;
export const DATA_KEY_BYTES = 32;

/** The two keys derived from one 256-bit key: AES-GCM for vaults, HMAC for blind indexes and labels. */
export type DerivedKeys = { vault: CryptoKey; index: CryptoKey };

export const newDataKey = (): Uint8Array<ArrayBuffer> => randomBytes(DATA_KEY_BYTES);

export async function passphraseKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  // NFC so the same Vietnamese passphrase typed on another keyboard layout gives the same key.
  const material = await subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The recovery key already has 256 bits of entropy: HKDF suffices, no slow stretching needed. */
export async function recoveryWrappingKey(recoveryBits: Uint8Array, salt: Uint8Array): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', own(recoveryBits), 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: own(salt), info: utf8('binhan/recovery/v1') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function wrapDataKey(wrappingKey: CryptoKey, dataKey: Uint8Array, aad: string): Promise<Sealed> {
  const iv = randomBytes(12);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(aad) },
    wrappingKey,
    own(dataKey),
  );
  return { v: 1, iv, ct: new Uint8Array(ct) };
}

/** Raw data-key bytes; throws when the wrapping key is wrong (a wrong passphrase). Zero them after use. */
export async function unwrapDataKey(
  wrappingKey: CryptoKey,
  wrapped: Sealed,
  aad: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: own(wrapped.iv), additionalData: utf8(aad) },
    wrappingKey,
    own(wrapped.ct),
  );
  return new Uint8Array(plain);
}

/** Derives the session's two keys; both non-extractable, so not even this program can read them back. */
export async function sessionKeysFrom(dataKey: Uint8Array): Promise<DerivedKeys> {
  const base = await subtle().importKey('raw', own(dataKey), 'HKDF', false, ['deriveKey']);
  const salt = new Uint8Array(32);
  const vault = await subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8('binhan/vault/v1') },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const index = await subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8('binhan/index/v1') },
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  return { vault, index };
}
