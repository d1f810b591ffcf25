/**
 * The renderer's side of `keys.unlock`: main's secret files are wrapped by a key derived from the
 * office data key, so they open only after a user has signed in, and the data key itself never leaves
 * the renderer. HKDF-SHA256, no salt (the data key is already 256 random bits), info
 * "binhan/host-secrets/v1", 32 bytes, sent as base64. Call it where the raw data key briefly exists
 * (unwrapDataKey), next to sessionKeysFrom.
 */
export const HOST_WRAPPING_INFO = 'binhan/host-secrets/v1';

export async function deriveHostWrappingKey(dataKey: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new Uint8Array(dataKey), 'HKDF', false, ['deriveBits']);
  const bits = await subtle.deriveBits(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: new TextEncoder().encode(HOST_WRAPPING_INFO),
    },
    material,
    256,
  );
  let s = '';
  for (const b of new Uint8Array(bits)) s += String.fromCharCode(b);
  return btoa(s);
}
