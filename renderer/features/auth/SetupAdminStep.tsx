import { Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { type NewPassphrase, NewPassphraseFields } from '../../ui/NewPassphraseFields';

export type AdminDraft = {
  displayName: string;
  username: string;
  passphrase: NewPassphrase;
  alsoCaseWorker: boolean;
};
export type AdminProblems = { displayName?: string; username?: string };

type Props = {
  value: AdminDraft;
  onChange: (value: AdminDraft) => void;
  problems: AdminProblems;
  showErrors: boolean;
  disabled: boolean;
};

/** Step 2: the first administrator's name, user name and passphrase (typed twice). */
export function SetupAdminStep({ value, onChange, problems, showErrors, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2.5}>
      <Typography color="text.secondary">{t('auth.setup.admin.intro')}</Typography>
      <TextField
        label={t('auth.setup.admin.displayName')}
        value={value.displayName}
        onChange={(event) => onChange({ ...value, displayName: event.target.value })}
        error={showErrors && problems.displayName !== undefined}
        helperText={showErrors ? problems.displayName : undefined}
        autoFocus
        autoComplete="name"
        disabled={disabled}
        fullWidth
      />
      <TextField
        label={t('auth.setup.admin.username')}
        value={value.username}
        onChange={(event) => onChange({ ...value, username: event.target.value })}
        error={(showErrors || value.username.length >= 3) && problems.username !== undefined}
        helperText={
          (showErrors || value.username.length >= 3) && problems.username !== undefined
            ? problems.username
            : t('auth.setup.admin.usernameHint')
        }
        autoComplete="username"
        disabled={disabled}
        fullWidth
      />
      <NewPassphraseFields
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
        showErrors={showErrors}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={value.alsoCaseWorker}
            onChange={(event) => onChange({ ...value, alsoCaseWorker: event.target.checked })}
            disabled={disabled}
          />
        }
        label={
          <Stack>
            <Typography>{t('auth.setup.admin.alsoCaseWorker')}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t('auth.setup.admin.alsoCaseWorkerHint')}
            </Typography>
          </Stack>
        }
        sx={{ alignItems: 'flex-start', '& .MuiCheckbox-root': { pt: 0.5 } }}
      />
    </Stack>
  );
}
