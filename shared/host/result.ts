/** Results cross the process boundary as values, never as thrown errors (Signal's wrapResult). */
export type HostErrorCode =
  | 'invalid_input'
  | 'unauthorized'
  | 'forbidden'
  /** A trust change without a valid proof of a signed-in administrator (or exchange.run user): authority.ts. */
  | 'authority_required'
  | 'not_found'
  | 'not_allowed'
  | 'unavailable'
  | 'internal';

export interface HostError {
  code: HostErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: HostError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: HostErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** Thrown inside main's services to end a call with a stable code; the dispatcher turns it into a value. */
export class HostFailure extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostFailure';
  }
}
