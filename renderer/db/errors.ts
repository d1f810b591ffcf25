import type { z } from 'zod';

/**
 * Every failure a repository reports is a StoreError with a stable `code`; the UI shows
 * t(`store.error.${code}`) and, for `invalid`, each issue's message key next to its field.
 */
export const STORE_ERROR_CODES = [
  'invalid',
  'forbidden',
  'locked',
  'notFound',
  'conflict',
  'badCredentials',
  'throttled',
  'alreadySetUp',
  'notSetUp',
  'badRecoveryKey',
  'vaultUnreadable',
  /** The survivor asked for processing to be restricted (Law 91/2025/QH15, Art. 4): no change until it is lifted. */
  'restricted',
  /** A config bundle older than the one the office applied: versions only go up. */
  'staleConfig',
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export type FieldIssue = { path: string; message: string };

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly issues: readonly FieldIssue[];
  /** For `throttled`: how long until the next attempt is allowed. */
  readonly retryAfterMs: number;

  constructor(
    code: StoreErrorCode,
    options: { issues?: readonly FieldIssue[]; retryAfterMs?: number; detail?: string } = {},
  ) {
    super(`store.error.${code}${options.detail === undefined ? '' : `: ${options.detail}`}`);
    this.name = 'StoreError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.retryAfterMs = options.retryAfterMs ?? 0;
  }

  /** The i18n key of the error as a whole. */
  get messageKey(): string {
    return `store.error.${this.code}`;
  }
}

export const isStoreError = (error: unknown, code?: StoreErrorCode): error is StoreError =>
  error instanceof StoreError && (code === undefined || error.code === code);

/** zod at the door: parse or throw `invalid` with one i18n key per field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new StoreError('invalid', {
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message.startsWith('store.') ? issue.message : 'store.validation.invalid',
    })),
  });
}
