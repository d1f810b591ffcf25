import { PASSPHRASE_MIN } from '../../shared/model/user';

export type PassphraseStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

/**
 * A rough, honest hint (not a guarantee): length counts most, then variety — several words or
 * mixed kinds of characters. Only "too short" blocks; the store enforces the same minimum.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  if (length < PASSPHRASE_MIN) return 'tooShort';
  const kinds = [/[a-zà-ỹđ]/u, /[A-ZÀ-ỸĐ]/u, /\d/, /[^\p{L}\d\s]/u].filter((re) =>
    re.test(passphrase),
  ).length;
  const words = passphrase.trim().split(/\s+/).length;
  const distinct = new Set(passphrase.toLowerCase()).size;
  if (distinct < 5) return 'weak';
  if (length >= 20 && (words >= 4 || kinds >= 3)) return 'strong';
  if (length >= 14 || words >= 3 || kinds >= 3) return 'fair';
  return 'weak';
}
