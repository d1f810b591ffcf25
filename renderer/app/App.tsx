import { CssBaseline, ThemeProvider } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type BinhAnStore, StoreProvider } from '../db';
import type { Language } from '../i18n';
import { AuthGate } from './AuthGate';
import { StoreUnavailable } from './StoreUnavailable';
import { makeTheme } from './theme';

export type OpenedStore = { ok: true; store: BinhAnStore } | { ok: false; error: unknown };

export function App({ opened }: { opened: OpenedStore }) {
  const { i18n } = useTranslation();
  const theme = useMemo(() => makeTheme(i18n.language as Language), [i18n.language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {opened.ok ? (
        <StoreProvider store={opened.store}>
          <AuthGate />
        </StoreProvider>
      ) : (
        <StoreUnavailable error={opened.error} />
      )}
    </ThemeProvider>
  );
}
