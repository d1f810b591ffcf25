import { Box, CircularProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useStore } from '../db';
import { LoginScreen } from '../features/auth/LoginScreen';
import { SetupWizard } from '../features/auth/SetupWizard';
import { SignedIn } from './SignedIn';

/**
 * Which screen the app is on: first-run setup while there is no office, sign-in while nobody is
 * signed in, otherwise the app (which itself shows the unlock screen when the session locks).
 */
export function AuthGate() {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const [status, setStatus] = useState<'loading' | 'empty' | 'ready'>('loading');
  useEffect(() => {
    let live = true;
    void store.auth.status().then((s) => {
      if (live) setStatus(s);
    });
    return () => {
      live = false;
    };
  }, [store]);

  if (status === 'loading')
    return (
      <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <Box sx={{ textAlign: 'center' }}>
          <CircularProgress aria-hidden />
          <Typography sx={{ mt: 2 }}>{t('auth.loading')}</Typography>
        </Box>
      </Box>
    );
  // Setup keeps the screen until the recovery key has been acknowledged, although it signs in earlier.
  if (status === 'empty') return <SetupWizard onFinished={() => setStatus('ready')} />;
  if (session === null) return <LoginScreen />;
  return <SignedIn />;
}
