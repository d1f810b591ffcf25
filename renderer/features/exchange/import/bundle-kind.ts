import { peekManifest } from '../../../../shared/bundle/read-bundle';
import type { BundleSource } from '../../../../shared/exchange/common';

export type BundleKind = 'data' | 'receipt' | 'enrollment' | 'config';
const KINDS: readonly string[] = ['data', 'receipt', 'enrollment', 'config'];
const isKind = (value: unknown): value is BundleKind => typeof value === 'string' && KINDS.includes(value);

/**
 * Which import path to take. Only a hint: main verifies the signed kind before decrypting, so a
 * mislabelled file is refused there ("wrong kind"), never misapplied. Dropped and picked files are
 * peeked at; files on a drive are named by `binhan_<from>_to_<to>_<kind>_<seq>.zip`.
 */
export function kindOf(source: BundleSource, bytes: Uint8Array | null, fileName: string): BundleKind | null {
  if (source.from === 'upload' && bytes !== null) {
    const peek = peekManifest(bytes);
    if (peek.ok && typeof peek.value === 'object' && peek.value !== null && 'kind' in peek.value) {
      const kind = peek.value.kind;
      if (isKind(kind)) return kind;
    }
  }
  const match = /_(data|receipt|enrollment|config)_\d+\.zip$/i.exec(fileName);
  const named = match?.[1]?.toLowerCase();
  return isKind(named) ? named : null;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) s += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(s);
}
