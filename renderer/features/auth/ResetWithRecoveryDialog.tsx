import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStoreError, useStore } from '../../db';
import { type NewPassphrase, NewPassphraseFields, newPassphraseProblems } from '../../ui/NewPassphraseFields';
import { storeErrorText } from '../../ui/store-error-text';

type Props = {
  open: boolean;
  initialUsername: string;
  /** Admin → users resets a named user: the user name is then fixed. */
  fixedUsername?: boolean;
  onClose: () => void;
  onDone: (username: string) => void;
};

/** A new passphrase for a user, proven by the office's recovery key (store.auth.resetWithRecoveryKey). */
export function ResetWithRecoveryDialog({ open, initialUsername, fixedUsername, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const store = useStore();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [username, setUsername] = useState(initialUsername);
  const [passphrase, setPassphrase] = useState<NewPassphrase>({ passphrase: '', repeat: '' });
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setRecoveryKey('');
    setUsername(initialUsername);
    setPassphrase({ passphrase: '', repeat: '' });
    setShowErrors(false);
    setFailure(null);
  }, [open, initialUsername]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (recoveryKey.trim() === '' || username.trim() === '') return;
    if (Object.keys(newPassphraseProblems(passphrase)).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      await store.auth.resetWithRecoveryKey(recoveryKey, username, passphrase.passphrase);
      onDone(username.trim().toLowerCase());
    } catch (error) {
      setFailure(isStoreError(error, 'notFound') ? t('auth.reset.unknownUser') : storeErrorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle>{t('auth.reset.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <Typography color="text.secondary">{t('auth.reset.intro')}</Typography>
            <TextField
              label={t('auth.reset.recoveryKey')}
              value={recoveryKey}
              onChange={(event) => setRecoveryKey(event.target.value)}
              error={showErrors && recoveryKey.trim() === ''}
              helperText={
                showErrors && recoveryKey.trim() === '' ? t('store.validation.required') : undefined
              }
              autoFocus
              autoComplete="off"
              spellCheck={false}
              slotProps={{ htmlInput: { style: { fontFamily: 'monospace', letterSpacing: '0.08em' } } }}
              fullWidth
            />
            <TextField
              label={t('auth.reset.username')}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              disabled={fixedUsername === true}
              error={showErrors && username.trim() === ''}
              helperText={showErrors && username.trim() === '' ? t('store.validation.required') : undefined}
              autoComplete="off"
              fullWidth
            />
            <NewPassphraseFields
              value={passphrase}
              onChange={setPassphrase}
              showErrors={showErrors}
              label={t('auth.reset.newPassphrase')}
            />
            {failure !== null && (
              <Alert severity="error" role="alert">
                {failure}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy}>
            {t('auth.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={busy}
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {t('auth.reset.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
