import type { Result } from '../../../../shared/host/result';

/** A refused host call; `message` is main's Vietnamese sentence, shown as it is. */
export class HostCallError extends Error {
  override name = 'HostCallError';
}

/** The value of a host call, or a HostCallError with main's message. */
export async function call<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new HostCallError(r.error.message);
  return r.value;
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
