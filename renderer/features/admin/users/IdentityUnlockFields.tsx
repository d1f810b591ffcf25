import { FormControlLabel, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { IdentityUnlock } from '../../../db';
import { PassphraseField } from '../../../ui/PassphraseField';

export type UnlockDraft = {
  via: 'holder' | 'recovery';
  username: string;
  passphrase: string;
  recoveryKey: string;
};
export const EMPTY_UNLOCK: UnlockDraft = { via: 'holder', username: '', passphrase: '', recoveryKey: '' };

export const unlockOf = (draft: UnlockDraft): IdentityUnlock =>
  draft.via === 'recovery'
    ? { recoveryKey: draft.recoveryKey }
    : { username: draft.username, passphrase: draft.passphrase };

export const unlockMissing = (draft: UnlockDraft): boolean =>
  draft.via === 'recovery'
    ? draft.recoveryKey.trim() === ''
    : draft.username.trim() === '' || draft.passphrase === '';

type Props = { value: UnlockDraft; onChange: (next: UnlockDraft) => void; intro: string };

/**
 * What opens the identity key for a grant or a rotation: a case worker types their own passphrase
 * on this PC, or the administrator enters the office's recovery key. The administrator alone, who
 * does not hold the identity key, cannot.
 */
export function IdentityUnlockFields({ value, onChange, intro }: Props) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1.5} role="group" aria-label={t('admin.identity.unlockLabel')}>
      <Typography variant="body2">{intro}</Typography>
      <RadioGroup
        row
        value={value.via}
        onChange={(event) =>
          onChange({ ...value, via: event.target.value === 'recovery' ? 'recovery' : 'holder' })
        }
      >
        <FormControlLabel value="holder" control={<Radio />} label={t('admin.identity.viaHolder')} />
        <FormControlLabel value="recovery" control={<Radio />} label={t('admin.identity.viaRecovery')} />
      </RadioGroup>
      {value.via === 'holder' ? (
        <Stack spacing={1.5}>
          <TextField
            label={t('admin.identity.holderUsername')}
            value={value.username}
            onChange={(event) => onChange({ ...value, username: event.target.value })}
            autoComplete="off"
            fullWidth
          />
          <PassphraseField
            label={t('admin.identity.holderPassphrase')}
            value={value.passphrase}
            onChange={(passphrase) => onChange({ ...value, passphrase })}
            name="holder-passphrase"
          />
        </Stack>
      ) : (
        <TextField
          label={t('admin.identity.recoveryKey')}
          value={value.recoveryKey}
          onChange={(event) => onChange({ ...value, recoveryKey: event.target.value })}
          autoComplete="off"
          spellCheck={false}
          slotProps={{ htmlInput: { 'data-lpignore': 'true' } }}
          fullWidth
        />
      )}
    </Stack>
  );
}
