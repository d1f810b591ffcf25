import type { Session } from '../../../db';

/**
 * Keys the exchange needs from the office data key, derived from the session's non-extractable office
 * key (HKDF "binhan/index/v1" of the data key, which every role holds) by HMAC with a label of their own. The raw data key exists only
 * inside the store's sign-in, so this is the nearest point a feature can reach; every user of the
 * office, and a recovery-key reset, gives the same bytes, because they all unwrap the same data key.
 * Blind-index messages always contain a NUL separator and these labels never do, so no value derived
 * here can equal a token stored in an index.
 */
async function derive(session: Session, label: string): Promise<Uint8Array> {
  const mac = await globalThis.crypto.subtle.sign(
    'HMAC',
    session.keys().office,
    new TextEncoder().encode(label),
  );
  return new Uint8Array(mac);
}

/** The 32 bytes that wrap main's secret files (keys.create / keys.unlock), as base64. */
export async function hostWrappingKey(session: Session): Promise<string> {
  const bytes = await derive(session, 'binhan/host-secrets/v1');
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** The key of the pseudonyms that replace case and trainee ids in what leaves the office. */
export const pseudonymKey = (session: Session): Promise<Uint8Array> =>
  derive(session, 'binhan/exchange-pseudonym/v1');
