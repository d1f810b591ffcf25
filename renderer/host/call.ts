import type { BundleRejection } from '../../shared/bundle/rejection';
import type { HostError, Result } from '../../shared/host/result';

/** A refused host call, as an exception: carries main's code, reason and details, never a sentence. */
export class HostCallError extends Error {
  override name = 'HostCallError';
  constructor(readonly error: HostError) {
    super(error.message);
  }
}

/** A bundle the reader refused (signature, chain, payload…): its code and technical detail. */
export class BundleRefused extends Error {
  override name = 'BundleRefused';
  constructor(readonly rejection: BundleRejection) {
    super(`${rejection.code}: ${rejection.detail}`);
  }
}

/** The value of a host call, or a HostCallError; for steps that run in order and stop at the first refusal. */
export async function call<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new HostCallError(r.error);
  return r.value;
}

/** The value of a bundle read (`{ ok: false, rejection }` answers), or a BundleRefused. */
export function accepted<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (result.ok) return result as Extract<T, { ok: true }>;
  throw new BundleRefused((result as unknown as { rejection: BundleRejection }).rejection);
}
