import { fromUtf8, own, randomBytes, subtle, utf8 } from './bytes';

/** AES-256-GCM sealed bytes. `v` lets a later format coexist with this one. */
/** `g` is the identity-key generation that sealed a vault (absent = 0: the pre-identity-key data key). */
export type Sealed = { v: 1; iv: Uint8Array; ct: Uint8Array; g?: number };

/**
 * Seals a JSON value under `key`, with a fresh random 96-bit IV every time and `aad` (the record id)
 * bound in, so a vault copied onto another record fails to open instead of showing the wrong person.
 */
export async function sealJson(key: CryptoKey, aad: string, value: unknown): Promise<Sealed> {
  const iv = randomBytes(12);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(aad) },
    key,
    utf8(JSON.stringify(value)),
  );
  return { v: 1, iv, ct: new Uint8Array(ct) };
}

/** Opens a sealed value; throws if the key, the AAD or a single byte is wrong. */
export async function openJson(key: CryptoKey, aad: string, sealed: Sealed): Promise<unknown> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: own(sealed.iv), additionalData: utf8(aad) },
    key,
    own(sealed.ct),
  );
  return JSON.parse(fromUtf8(new Uint8Array(plain)));
}
