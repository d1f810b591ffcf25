import { useTranslation } from 'react-i18next';
import { isStoreError } from '../../../db';

/** Translates an i18n key that comes as data (store and validation keys); unknown keys show as is. */
export function useKeyText(): (key: string, values?: Record<string, string | number>) => string {
  const { t } = useTranslation();
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  return translate;
}

/** A failure as one Vietnamese sentence: the store's message for its code, or the error's own text. */
export function useErrorText(): (error: unknown) => string {
  const text = useKeyText();
  return (error) => {
    if (isStoreError(error)) return text(error.messageKey, { seconds: Math.ceil(error.retryAfterMs / 1000) });
    return error instanceof Error ? error.message : String(error);
  };
}

/** Field → translated message, from a StoreError `invalid` or from zod issues keyed by path. */
export function issuesByField(issues: readonly { path: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (out[field] === undefined) out[field] = issue.message;
  }
  return out;
}
