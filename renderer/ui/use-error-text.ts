import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './store-error-text';

/** `errorText` bound to the UI's language, for components that show a caught failure. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => errorText(t, error), [t]);
}
