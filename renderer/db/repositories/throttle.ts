import type { BinhAnDb } from '../database';
import { KV } from '../keyring';

/**
 * Wrong passphrases slow the next attempt down: no wait for the first 3, then 1 s, 2 s, 4 s… up
 * to 15 minutes. The count lives in IndexedDB, so reloading the app does not reset it, and it never
 * wipes or locks away data: the right passphrase always works once the wait is over.
 */
export type ThrottleState = { failures: number; lastFailureAt: number };
const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 15 * 60 * 1000;

export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

export async function readThrottle(db: BinhAnDb, username: string): Promise<ThrottleState> {
  const row = await db.kv.get(KV.throttle(username));
  const value = row?.value as ThrottleState | undefined;
  return value ?? { failures: 0, lastFailureAt: 0 };
}

/** Milliseconds still to wait before `username` may try again (0 = now). */
export function waitRemaining(state: ThrottleState, now: number): number {
  return Math.max(0, state.lastFailureAt + delayAfter(state.failures) - now);
}
