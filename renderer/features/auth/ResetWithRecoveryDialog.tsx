import { TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStoreError, useStore } from '../../db';
import { type NewPassphrase, NewPassphraseFields, newPassphraseProblems } from '../../ui/NewPassphraseFields';
import { PassphraseDialog } from '../../ui/PassphraseDialog';
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

  const submit = async () => {
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
    <PassphraseDialog
      open={open}
      title={t('auth.reset.title')}
      busy={busy}
      failure={failure}
      submitLabel={t('auth.reset.submit')}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography color="text.secondary">{t('auth.reset.intro')}</Typography>
      <TextField
        label={t('auth.reset.recoveryKey')}
        value={recoveryKey}
        onChange={(event) => setRecoveryKey(event.target.value)}
        error={showErrors && recoveryKey.trim() === ''}
        helperText={showErrors && recoveryKey.trim() === '' ? t('store.validation.required') : undefined}
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
    </PassphraseDialog>
  );
}
