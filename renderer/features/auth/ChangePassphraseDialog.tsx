import { Alert } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStoreError, useStore } from '../../db';
import { type NewPassphrase, NewPassphraseFields, newPassphraseProblems } from '../../ui/NewPassphraseFields';
import { PassphraseDialog } from '../../ui/PassphraseDialog';
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

  const submit = async () => {
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
    <PassphraseDialog
      open={open}
      title={t('auth.change.title')}
      busy={busy}
      failure={failure}
      submitLabel={t('auth.change.submit')}
      onSubmit={submit}
      onClose={onClose}
      done={
        done && (
          <Alert severity="success" role="status">
            {t('auth.change.done')}
          </Alert>
        )
      }
    >
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
    </PassphraseDialog>
  );
}
