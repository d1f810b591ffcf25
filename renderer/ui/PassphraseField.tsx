import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { Box, IconButton, InputAdornment, LinearProgress, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passphraseStrength } from './passphrase-strength';

const LEVEL = { tooShort: 10, weak: 35, fair: 70, strong: 100 } as const;
const COLOR = { tooShort: 'error', weak: 'warning', fair: 'info', strong: 'success' } as const;

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown in red under the field; otherwise `hint` is shown. */
  error?: string | undefined;
  hint?: string | undefined;
  /** A strength bar with its level in words (status never by colour alone). */
  showStrength?: boolean;
  autoFocus?: boolean;
  autoComplete?: 'current-password' | 'new-password';
  name?: string;
  disabled?: boolean;
};

/** A passphrase input with show/hide and, for new passphrases, a strength hint. Reusable by any feature. */
export function PassphraseField({
  label,
  value,
  onChange,
  error,
  hint,
  showStrength = false,
  autoFocus = false,
  autoComplete = 'current-password',
  name,
  disabled = false,
}: Props) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const strength = passphraseStrength(value);
  return (
    <Box>
      <TextField
        label={label}
        name={name}
        type={visible ? 'text' : 'password'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error !== undefined}
        helperText={error ?? hint}
        autoFocus={autoFocus}
        autoComplete={autoComplete}
        disabled={disabled}
        fullWidth
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                {/* Out of the tab order so Tab goes field to field; still reachable by mouse. */}
                <IconButton
                  tabIndex={-1}
                  aria-label={t(visible ? 'auth.passphrase.hide' : 'auth.passphrase.show')}
                  onClick={() => setVisible((v) => !v)}
                  edge="end"
                >
                  {visible ? <VisibilityOff /> : <Visibility />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      {showStrength && value.length > 0 && (
        <Box sx={{ mt: 1, px: 1.5 }} aria-live="polite">
          <LinearProgress
            variant="determinate"
            value={LEVEL[strength]}
            color={COLOR[strength]}
            aria-hidden
            sx={{ height: 6, borderRadius: 3 }}
          />
          <Typography variant="caption" color="text.secondary">
            {t('auth.passphrase.strength.label', { level: t(`auth.passphrase.strength.${strength}`) })}
          </Typography>
        </Box>
      )}
    </Box>
  );
}
