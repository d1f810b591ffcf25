import type { BundleKind } from '../../../../shared/bundle/manifest';
import type { BundleSource } from '../../../../shared/exchange/common';
import type { HostApi } from '../../../../shared/host-api';
import { BundleRefused, call } from '../../../host/call';

export type { BundleKind };

/**
 * Which import path to take, as the bundle's manifest states it (main reads it, for a dropped file and
 * a file on a drive alike). The file's name is never consulted: mail clients and copies rename files
 * (`… (1).zip`). The statement is checked on the way in: main verifies the signed kind before
 * decrypting, so a forged one is refused there ("wrong kind"), never misapplied.
 */
export async function kindOf(host: HostApi, source: BundleSource): Promise<BundleKind> {
  const peeked = await call(host.bundles.peek({ source }));
  if (!peeked.ok) throw new BundleRefused(peeked.rejection);
  return peeked.kind;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) s += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(s);
}
