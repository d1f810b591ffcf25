import { Alert, Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStoreError, useStore } from '../../db';
import { PassphraseField } from '../../ui/PassphraseField';
import { storeErrorText } from '../../ui/store-error-text';
import { useCountdown } from './use-countdown';

type Props = {
  /** Fixed for unlock (the same user continues); editable for sign-in. */
  fixedUsername?: string;
  submitLabel: string;
  onForgot?: (username: string) => void;
};

/**
 * User name + passphrase. A wrong passphrase says so plainly; after repeated failures the store makes
 * the next attempt wait, shown as a countdown. Nothing is ever wiped.
 */
export function SignInForm({ fixedUsername, submitLabel, onForgot }: Props) {
  const { t } = useTranslation();
  const store = useStore();
  const [username, setUsername] = useState(fixedUsername ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const wait = useCountdown(retryAt);
  // A wait already in force for this user (earlier wrong passphrases, before a reload or a lock) shows
  // as soon as the user name is known, before anyone types a passphrase.
  const checkWait = async (name: string) => {
    if (name.trim() === '') return;
    const ms = await store.auth.retryAfter(name);
    if (ms > 0) setRetryAt(Date.now() + ms);
  };
  useEffect(() => {
    if (fixedUsername === undefined) return;
    let live = true;
    void store.auth.retryAfter(fixedUsername).then((ms) => {
      if (live && ms > 0) setRetryAt(Date.now() + ms);
    });
    return () => {
      live = false;
    };
  }, [store, fixedUsername]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || wait > 0 || username.trim() === '' || passphrase === '') return;
    setBusy(true);
    setMessage(null);
    try {
      await store.auth.login(username, passphrase);
    } catch (error) {
      setPassphrase('');
      if (isStoreError(error, 'throttled')) setRetryAt(Date.now() + error.retryAfterMs);
      else if (isStoreError(error, 'badCredentials')) {
        setMessage(t('auth.login.wrong'));
        // The wait this failure earned shows now, beside the message, not after the next refusal.
        if (error.retryAfterMs > 0) setRetryAt(Date.now() + error.retryAfterMs);
      } else setMessage(storeErrorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
      <Stack spacing={2.5}>
        {fixedUsername === undefined && (
          <TextField
            label={t('auth.login.username')}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            onBlur={() => void checkWait(username)}
            autoComplete="username"
            autoFocus
            fullWidth
          />
        )}
        <PassphraseField
          label={t('auth.login.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          autoFocus={fixedUsername !== undefined}
          name="passphrase"
        />
        {message !== null && (
          <Alert severity="error" role="alert">
            {message}
          </Alert>
        )}
        {wait > 0 && (
          <Alert severity="warning" role="status">
            <Typography sx={{ fontWeight: 600 }}>{t('auth.login.retryIn', { seconds: wait })}</Typography>
            {t('auth.login.neverWiped')}
          </Alert>
        )}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          {onForgot !== undefined ? (
            <Button onClick={() => onForgot(username)} sx={{ px: 0 }}>
              {t('auth.login.forgot')}
            </Button>
          ) : (
            <span />
          )}
          <Button
            type="submit"
            variant="contained"
            disabled={busy || wait > 0}
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {busy ? t('auth.login.checking') : submitLabel}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}
