import { Alert, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../db';
import { AuthFrame } from './AuthFrame';
import { ResetWithRecoveryDialog } from './ResetWithRecoveryDialog';
import { SignInForm } from './SignInForm';

/** Sign-in, with "Quên mật khẩu?" leading to a reset by the office's recovery key. */
export function LoginScreen() {
  const { t } = useTranslation();
  const store = useStore();
  const [resetFor, setResetFor] = useState<string | null>(null);
  const [resetDone, setResetDone] = useState<string | null>(null);
  return (
    <AuthFrame
      title={t('auth.login.title')}
      intro={t('auth.login.intro', { office: store.office?.name ?? '' })}
    >
      <Stack spacing={2}>
        {resetDone !== null && (
          <Alert severity="success" role="status">
            {t('auth.reset.done', { username: resetDone })}
          </Alert>
        )}
        <SignInForm submitLabel={t('auth.login.submit')} onForgot={(username) => setResetFor(username)} />
      </Stack>
      <ResetWithRecoveryDialog
        open={resetFor !== null}
        initialUsername={resetFor ?? ''}
        onClose={() => setResetFor(null)}
        onDone={(username) => {
          setResetFor(null);
          setResetDone(username);
        }}
      />
    </AuthFrame>
  );
}
