import { Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN } from '../../shared/model/user';
import { PassphraseField } from './PassphraseField';

export type NewPassphrase = { passphrase: string; repeat: string };

/** Why a new passphrase pair cannot be used yet (undefined when it can). */
export function newPassphraseProblems(value: NewPassphrase): {
  passphrase?: 'tooShort';
  repeat?: 'mismatch';
} {
  return {
    ...([...value.passphrase].length < PASSPHRASE_MIN ? { passphrase: 'tooShort' as const } : {}),
    ...(value.repeat !== value.passphrase ? { repeat: 'mismatch' as const } : {}),
  };
}

type Props = {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  /** Show problems (after the first submit attempt or once the field was left). */
  showErrors: boolean;
  label?: string;
  autoFocus?: boolean;
};

/** A new passphrase typed twice, with its minimum said up front and a strength hint. Reusable. */
export function NewPassphraseFields({ value, onChange, showErrors, label, autoFocus }: Props) {
  const { t } = useTranslation();
  const problems = newPassphraseProblems(value);
  return (
    <Stack spacing={2}>
      <PassphraseField
        label={label ?? t('auth.passphrase.label')}
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
        autoComplete="new-password"
        showStrength
        autoFocus={autoFocus === true}
        hint={t('auth.passphrase.minimum', { min: PASSPHRASE_MIN })}
        error={
          showErrors && problems.passphrase !== undefined
            ? t('store.validation.passphraseTooShort')
            : undefined
        }
      />
      <PassphraseField
        label={t('auth.passphrase.repeat')}
        value={value.repeat}
        onChange={(repeat) => onChange({ ...value, repeat })}
        autoComplete="new-password"
        error={
          (showErrors || value.repeat.length >= value.passphrase.length) &&
          value.repeat.length > 0 &&
          problems.repeat !== undefined
            ? t('auth.passphrase.mismatch')
            : showErrors && value.repeat.length === 0
              ? t('store.validation.required')
              : undefined
        }
      />
    </Stack>
  );
}
