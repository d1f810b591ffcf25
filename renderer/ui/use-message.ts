import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Translates a key that arrives at run time (a store validation key such as
 * `store.validation.futureDate`, a StoreError's messageKey, a row error's key), which the compiler
 * cannot check. An unknown key shows as itself.
 */
export function useMessage(): (key: string, values?: Record<string, unknown>) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (key: string, values?: Record<string, unknown>) => String(i18n.t(key as 'cases.title', values ?? {})),
    [i18n],
  );
}
