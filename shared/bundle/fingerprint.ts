import { utf8 } from './bytes';
import { sha256 } from './hash';

/**
 * A short fingerprint of a public key, to be read aloud over the phone: 20 decimal digits in five
 * groups of four ("0815 2740 9913 5082 4476"). Digits only, because Vietnamese names of Latin letters
 * vary by region and are easily misheard; ~66 bits of SHA-256 is ample against a forged look-alike key.
 * The input is the key's canonical one-line text — the minisign base64 line or the `age1…` recipient —
 * so the same function serves both kinds of key.
 */
export function keyFingerprint(publicKeyLine: string): string {
  const digest = sha256(utf8(publicKeyLine.trim()));
  let n = 0n;
  for (const b of digest.subarray(0, 9)) n = (n << 8n) | BigInt(b);
  const digits = (n % 10n ** 20n).toString().padStart(20, '0');
  return (digits.match(/\d{4}/g) ?? []).join(' ');
}
