/** Waits between attempts: doubling from `baseMs`, at most `capMs`, with jitter so offices do not retry in step. */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 60 * 60 * 1000 };

/** "Equal jitter": half the capped delay is fixed, the other half random, so the wait never collapses to zero. */
export function backoffDelay(
  attempts: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const exp = policy.baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30);
  const capped = Math.min(exp, policy.capMs);
  return Math.round(capped / 2 + random() * (capped / 2));
}
