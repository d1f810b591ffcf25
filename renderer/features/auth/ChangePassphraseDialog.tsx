import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
} from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStoreError, useStore } from '../../db';
import { type NewPassphrase, NewPassphraseFields, newPassphraseProblems } from '../../ui/NewPassphraseFields';
import { PassphraseField } from '../../ui/PassphraseField';
import { storeErrorText } from '../../ui/store-error-text';

/** The signed-in officer changes their own passphrase (the current one proves it is them). */
export function ChangePassphraseDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassphrase>({ passphrase: '', repeat: '' });
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (!open) return;
    setCurrent('');
    setNext({ passphrase: '', repeat: '' });
    setShowErrors(false);
    setFailure(null);
    setDone(false);
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (current === '' || Object.keys(newPassphraseProblems(next)).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      await store.auth.changePassphrase(current, next.passphrase);
      setDone(true);
    } catch (error) {
      setFailure(
        isStoreError(error, 'badCredentials') ? t('auth.change.wrongCurrent') : storeErrorText(t, error),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle>{t('auth.change.title')}</DialogTitle>
        <DialogContent>
          {done ? (
            <Alert severity="success" role="status">
              {t('auth.change.done')}
            </Alert>
          ) : (
            <Stack spacing={2.5} sx={{ pt: 1 }}>
              <PassphraseField
                label={t('auth.change.current')}
                value={current}
                onChange={setCurrent}
                autoFocus
                error={showErrors && current === '' ? t('store.validation.required') : undefined}
              />
              <NewPassphraseFields
                value={next}
                onChange={setNext}
                showErrors={showErrors}
                label={t('auth.change.next')}
              />
              {failure !== null && (
                <Alert severity="error" role="alert">
                  {failure}
                </Alert>
              )}
            </Stack>
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy}>
            {t(done ? 'auth.close' : 'auth.cancel')}
          </Button>
          {!done && (
            <Button
              type="submit"
              variant="contained"
              disabled={busy}
              startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
            >
              {t('auth.change.submit')}
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
