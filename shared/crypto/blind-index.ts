import { foldVietnamese } from '../text/fold';
import { subtle, toHex, utf8 } from './bytes';

/**
 * Blind indexes for duplicate detection: HMAC-SHA256 under a key derived from the data key (not
 * the vault key), over folded text, so "Nguyễn Thị Hoà" and "nguyen thi hoa" give the same token
 * while the index holds nothing a reader of the disk could reverse without the key.
 */
export type DuplicateProbe = { fullName: string; phone?: string | undefined; birthYear?: number | undefined };

const digits = (phone: string): string => {
  const only = phone.replace(/\D/g, '');
  // 0905… and +84905… are the same Vietnamese number.
  return only.startsWith('84') && only.length >= 11 ? `0${only.slice(2)}` : only;
};

async function hmac(key: CryptoKey, label: string, parts: readonly string[]): Promise<string> {
  const mac = await subtle().sign('HMAC', key, utf8(`${label}\u0000${parts.join('\u0000')}`));
  return toHex(new Uint8Array(mac));
}

/** Token of folded name + phone digits; undefined when the phone is unknown. */
export async function namePhoneToken(key: CryptoKey, probe: DuplicateProbe): Promise<string | undefined> {
  if (probe.phone === undefined || digits(probe.phone) === '') return undefined;
  return hmac(key, 'name+phone', [foldVietnamese(probe.fullName), digits(probe.phone)]);
}

/** Token of folded name + birth year + commune code; undefined when the birth year is unknown. */
export async function nameYearCommuneToken(
  key: CryptoKey,
  probe: DuplicateProbe,
  communeCode: string,
): Promise<string | undefined> {
  if (probe.birthYear === undefined) return undefined;
  return hmac(key, 'name+year+commune', [
    foldVietnamese(probe.fullName),
    String(probe.birthYear),
    communeCode,
  ]);
}
