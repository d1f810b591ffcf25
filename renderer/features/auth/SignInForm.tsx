import { Alert, Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isStoreError, useStore } from '../../db';
import { FormProblems } from '../../ui/FormProblems';
import { PassphraseField } from '../../ui/PassphraseField';
import { storeErrorText, validationText } from '../../ui/store-error-text';
import { useForm } from '../../ui/use-form';
import { useCountdown } from './use-countdown';

/** Both are needed; whether they are right is the store's to say (and to slow down). */
const signInSchema = z.object({
  username: z.string().trim().min(1, 'store.validation.required'),
  passphrase: z.string().min(1, 'store.validation.required'),
});

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
  const form = useForm({ username: fixedUsername ?? '', passphrase: '' }, (text) => text, signInSchema);
  const [message, setMessage] = useState<string | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const wait = useCountdown(retryAt);
  const labels = { username: t('auth.login.username'), passphrase: t('auth.login.passphrase') };
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

  const signIn = () =>
    form.submit(async ({ username, passphrase }, text) => {
      setMessage(null);
      try {
        await store.auth.login(username, passphrase);
      } catch (error) {
        // The passphrase is typed again from empty, without a "required" for the field just cleared.
        form.reset({ username: text.username, passphrase: '' });
        if (isStoreError(error, 'throttled')) setRetryAt(Date.now() + error.retryAfterMs);
        else if (isStoreError(error, 'badCredentials')) {
          setMessage(t('auth.login.wrong'));
          // The wait this failure earned shows now, beside the message, not after the next refusal.
          if (error.retryAfterMs > 0) setRetryAt(Date.now() + error.retryAfterMs);
        } else setMessage(storeErrorText(t, error));
      }
    });
  const busy = form.busy;
  // Problems are said on "Đăng nhập", not when a field is left: a message appearing on the way to
  // "Quên mật khẩu?" would move the button from under the pointer.
  const name = form.field('username');
  const passphrase = form.text('passphrase');

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy && wait <= 0) void signIn();
      }}
    >
      <Stack spacing={2.5}>
        {fixedUsername === undefined && (
          <TextField
            label={labels.username}
            {...name}
            onBlur={() => void checkWait(name.value)}
            autoComplete="username"
            autoFocus
          />
        )}
        <PassphraseField
          label={labels.passphrase}
          value={passphrase.value}
          onChange={passphrase.onText}
          error={passphrase.errorKey === undefined ? undefined : validationText(t, passphrase.errorKey)}
          autoFocus={fixedUsername !== undefined}
          name="passphrase"
        />
        <FormProblems fields={form.problems((field) => labels[field])} />
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
            <Button onClick={() => onForgot(form.values.username)} sx={{ px: 0 }}>
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
