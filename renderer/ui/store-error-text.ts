import type { TFunction } from 'i18next';
import { type FieldIssue, isStoreError, STORE_ERROR_CODES } from '../db';
import { vi } from '../i18n/vi';

type ValidationKey = keyof typeof vi.store.validation;
const isValidationKey = (key: string): key is ValidationKey => Object.hasOwn(vi.store.validation, key);

/** The Vietnamese (or English) sentence for a store validation message key such as `store.validation.required`. */
export function validationText(t: TFunction, message: string): string {
  const key = message.replace(/^store\.validation\./, '');
  return t(`store.validation.${isValidationKey(key) ? key : 'invalid'}`);
}

/** The message for any failure a repository threw; unknown errors keep their own text so nothing is hidden. */
export function storeErrorText(t: TFunction, error: unknown): string {
  if (isStoreError(error)) {
    if (error.code === 'invalid' && error.issues[0] !== undefined)
      return validationText(t, error.issues[0].message);
    return t(`store.error.${error.code}`, { seconds: Math.ceil(error.retryAfterMs / 1000) });
  }
  return error instanceof Error ? error.message : String(error);
}

/** The translated message of the first issue at `path`, for a field's helper text. */
export function issueAt(t: TFunction, issues: readonly FieldIssue[], path: string): string | undefined {
  const issue = issues.find((i) => i.path === path || i.path.startsWith(`${path}.`));
  return issue === undefined ? undefined : validationText(t, issue.message);
}

/** The message for an error code as the live hooks report it (`{ error: 'forbidden' }`). */
export function errorCodeText(t: TFunction, code: string): string {
  const known = STORE_ERROR_CODES.find((c) => c === code);
  return known === undefined ? code : t(`store.error.${known}`, { seconds: 0 });
}
