import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Translates a key that arrives at run time (a store validation key such as
 * `store.validation.futureDate`, or a StoreError's messageKey), which the compiler cannot check.
 */
export function useMessage(): (key: string, values?: Record<string, unknown>) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (key: string, values?: Record<string, unknown>) => String(i18n.t(key as 'cases.title', values ?? {})),
    [i18n],
  );
}
