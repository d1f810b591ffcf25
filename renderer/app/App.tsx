import { CssBaseline, ThemeProvider } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import type { Language } from '../i18n';
import { createRouter } from './routes';
import { makeTheme } from './theme';

export function App() {
  const { i18n } = useTranslation();
  const theme = useMemo(() => makeTheme(i18n.language as Language), [i18n.language]);
  const router = useMemo(createRouter, []);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <RouterProvider router={router} />
    </ThemeProvider>
  );
}
