import { sessionKeysFrom } from '../crypto/data-key';

/**
 * The exchange's secrets, derived as the app derives them — the one derivation, used by the app
 * (renderer/features/exchange/keys/host-secrets.ts) and by every test that needs main's wrapping key:
 *
 *   data key (32 random bytes)
 *     ──HKDF-SHA256, salt = 32 zero bytes, info "binhan/index/v1"──▶ office key (HMAC-SHA256, the
 *        session's `office` key: shared/crypto/data-key.ts sessionKeysFrom().index)
 *     ──HMAC-SHA256 over the label──▶ 32 bytes
 *
 * with label "binhan/host-secrets/v1" for the key that wraps main's secret files (keys.create /
 * keys.unlock, sent as base64) and "binhan/exchange-pseudonym/v1" for the pseudonyms of ids in what
 * leaves the office. The raw data key exists only inside the store's sign-in, so the renderer starts
 * from the non-extractable office key; every user of the office, and a recovery-key reset, gives the
 * same bytes, because they all unwrap the same data key. Blind-index messages always contain a NUL
 * separator and these labels never do, so no value derived here can equal a token in an index.
 */
export const HOST_WRAPPING_LABEL = 'binhan/host-secrets/v1';
export const PSEUDONYM_LABEL = 'binhan/exchange-pseudonym/v1';

/** HMAC-SHA256(officeKey, label): 32 bytes. */
export async function exchangeSecret(officeKey: CryptoKey, label: string): Promise<Uint8Array> {
  const mac = await globalThis.crypto.subtle.sign('HMAC', officeKey, new TextEncoder().encode(label));
  return new Uint8Array(mac);
}

const base64 = (bytes: Uint8Array): string => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
};

/** The key that wraps main's secret files, as base64, from the session's office key. */
export const hostWrappingKeyFrom = async (officeKey: CryptoKey): Promise<string> =>
  base64(await exchangeSecret(officeKey, HOST_WRAPPING_LABEL));

/** The same, from a raw data key (tests, and wherever the data key itself is at hand). */
export async function deriveHostWrappingKey(dataKey: Uint8Array): Promise<string> {
  return hostWrappingKeyFrom((await sessionKeysFrom(dataKey)).index);
}
