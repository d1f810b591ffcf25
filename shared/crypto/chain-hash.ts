import { sha256 } from '@noble/hashes/sha2.js';
import { toHex, utf8 } from './bytes';
import { canonicalJson } from './canonical-json';

/**
 * SHA-256(prevHash + canonical JSON of the entry), synchronous on purpose: the audit entry is
 * appended inside an IndexedDB transaction, and awaiting WebCrypto there would let the
 * transaction commit early. @noble/hashes is audited, pure JS and fast enough for one entry per action.
 */
export function chainHash(prevHash: string, entryWithoutHash: unknown): string {
  return toHex(sha256(utf8(prevHash + canonicalJson(entryWithoutHash))));
}
