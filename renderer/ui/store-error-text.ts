import type { TFunction } from 'i18next';
import { REJECTION_CODES, type RejectionCode } from '../../shared/bundle/rejection';
import type { SendFailure } from '../../shared/exchange/mail-contract';
import { HOST_ERROR_CODES, type HostError } from '../../shared/host/result';
import { type FieldIssue, isStoreError, STORE_ERROR_CODES } from '../db';
import { BundleRefused, HostCallError } from '../host/call';
import { vi } from '../i18n/vi';

/**
 * The one translator of failures: store errors (`store.error.*`), main's refusals (`errors.reason.*`,
 * else `errors.host.*`) and the bundle reader's (`errors.rejection.*`). Codes cross the boundaries;
 * only this file turns them into sentences, so an English UI is English everywhere.
 */

type ValidationKey = keyof typeof vi.store.validation;
const isValidationKey = (key: string): key is ValidationKey => Object.hasOwn(vi.store.validation, key);

/** The Vietnamese (or English) sentence for a store validation message key such as `store.validation.required`. */
export function validationText(t: TFunction, message: string): string {
  const key = message.replace(/^store\.validation\./, '');
  return t(`store.validation.${isValidationKey(key) ? key : 'invalid'}`);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** A host error as it arrives in a Result (`{ code, reason?, details?, message }`). */
export function isHostError(value: unknown): value is HostError {
  return (
    isObject(value) &&
    HOST_ERROR_CODES.some((c) => c === value.code) &&
    typeof value.message === 'string' &&
    !(value instanceof Error)
  );
}

const isRejection = (value: unknown): value is { code: RejectionCode; detail: string } =>
  isObject(value) && REJECTION_CODES.some((c) => c === value.code) && typeof value.detail === 'string';

/** Main's refusal in the UI's language: its reason's sentence filled from its details, else its code's. */
export function hostErrorText(t: TFunction, error: HostError): string {
  if (error.reason === undefined) return t(`errors.host.${error.code}`);
  const details = error.details ?? {};
  const role = details.role;
  const who = role === 'admin' || role === 'exchange' ? t(`errors.who.${role}`) : '';
  return t(`errors.reason.${error.reason}`, { ...details, who });
}

/** Why the outbox's last SMTP attempt failed, from main's code and the server's reply code. */
export function sendFailureText(t: TFunction, failure: SendFailure): string {
  const reply =
    failure.reply === null ? '' : t('exchange.mail.sendFailure.withReply', { code: failure.reply });
  return t(`exchange.mail.sendFailure.${failure.code}`, { reply });
}

export const rejectionText = (t: TFunction, code: RejectionCode): string => t(`errors.rejection.${code}`);

/** The message for any failure: a store error, a host refusal, a bundle rejection, or (unknown) its own text. */
export function errorText(t: TFunction, error: unknown): string {
  if (isStoreError(error)) {
    if (error.code === 'invalid' && error.issues[0] !== undefined)
      return validationText(t, error.issues[0].message);
    return t(`store.error.${error.code}`, { seconds: Math.ceil(error.retryAfterMs / 1000) });
  }
  if (error instanceof HostCallError) return hostErrorText(t, error.error);
  if (error instanceof BundleRefused) return rejectionText(t, error.rejection.code);
  if (isHostError(error)) return hostErrorText(t, error);
  if (isRejection(error)) return rejectionText(t, error.code);
  const own = error instanceof Error ? error.message : String(error);
  // A store error that lost its class (e.g. through a structured clone) still carries its key.
  const key = /^store\.error\.(\w+)/.exec(own)?.[1];
  const known = STORE_ERROR_CODES.find((c) => c === key);
  if (known !== undefined) return t(`store.error.${known}`, { seconds: 0 });
  return t('errors.unknown', { message: own });
}

/** The message for any failure a repository threw (kept for its callers: the same as errorText). */
export const storeErrorText = errorText;

/** The translated message of the first issue at `path`, for a field's helper text. */
export function issueAt(t: TFunction, issues: readonly FieldIssue[], path: string): string | undefined {
  const issue = issues.find((i) => i.path === path || i.path.startsWith(`${path}.`));
  return issue === undefined ? undefined : validationText(t, issue.message);
}

/** The message for an error code as the live hooks report it (`{ error: 'forbidden' }`). */
export function errorCodeText(t: TFunction, code: string): string {
  const known = STORE_ERROR_CODES.find((c) => c === code);
  if (known !== undefined) return t(`store.error.${known}`, { seconds: 0 });
  const host = HOST_ERROR_CODES.find((c) => c === code);
  return host === undefined ? code : t(`errors.host.${host}`);
}
