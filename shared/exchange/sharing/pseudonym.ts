import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * Keyed pseudonyms for ids that leave the office. The same local id always gives the same pseudonym
 * (so an edit or a deletion reaches the same row at the province, and a person trained twice stays one
 * person), but without the office's key nobody can go back to the id, nor tell two offices' people
 * apart from coincidence. Synchronous HMAC-SHA256 (@noble/hashes): 100,000 ids take well under a second.
 */
export type Pseudonymize = (kind: 'case' | 'person', id: string) => string;

const PREFIX = { case: 'c', person: 'p' } as const;

export function pseudonymizer(key: Uint8Array): Pseudonymize {
  if (key.length < 32) throw new Error('pseudonym key must have at least 32 bytes');
  const encoder = new TextEncoder();
  return (kind, id) => {
    const mac = hmac(sha256, key, encoder.encode(`binhan/pseudonym/v1\u0000${kind}\u0000${id}`));
    let hex = '';
    for (const b of mac.subarray(0, 16)) hex += b.toString(16).padStart(2, '0');
    return `${PREFIX[kind]}${hex}`;
  };
}
