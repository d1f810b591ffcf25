import { randomBytes } from './bytes';

/**
 * The recovery key: 256 random bits written in Crockford base32 (no I, L, O, U; case-insensitive;
 * O→0 and I/L→1 accepted when typed back), 52 characters in 13 groups of four, printable and
 * readable aloud. Shown once at setup.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 32;
const CHARS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5);

export function newRecoveryKey(): Uint8Array<ArrayBuffer> {
  return randomBytes(RECOVERY_KEY_BYTES);
}

export function formatRecoveryKey(bits: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let count = 0;
  for (const byte of bits) {
    buffer = (buffer << 8) | byte;
    count += 8;
    while (count >= 5) {
      out += ALPHABET[(buffer >>> (count - 5)) & 31];
      count -= 5;
    }
    buffer &= (1 << count) - 1;
  }
  if (count > 0) out += ALPHABET[(buffer << (5 - count)) & 31];
  return (out.match(/.{1,4}/g) ?? []).join('-');
}

/** Parses what a person typed back; null when it is not a well-formed recovery key. */
export function parseRecoveryKey(typed: string): Uint8Array<ArrayBuffer> | null {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== CHARS) return null;
  const out = new Uint8Array(RECOVERY_KEY_BYTES);
  let buffer = 0;
  let count = 0;
  let index = 0;
  for (const char of clean) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    count += 5;
    if (count >= 8) {
      if (index < RECOVERY_KEY_BYTES) out[index] = (buffer >>> (count - 8)) & 255;
      index += 1;
      count -= 8;
    }
    buffer &= (1 << count) - 1;
  }
  // The 4 padding bits of the last character must be zero, so each key has exactly one spelling.
  return index === RECOVERY_KEY_BYTES && buffer === 0 ? out : null;
}
