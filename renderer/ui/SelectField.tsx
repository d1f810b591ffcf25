import { TextField, type TextFieldProps } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from './use-message';

export type Option = { value: string; label: string };

type Props = Omit<TextFieldProps, 'error' | 'helperText' | 'onChange' | 'value' | 'select'> & {
  id: string;
  value: string;
  options: readonly Option[];
  onText: (value: string) => void;
  errorKey?: string | undefined;
  help?: ReactNode;
};

/**
 * A native select: the keyboard works as officers expect (type the first letters, arrows, Enter),
 * and an empty first choice means "not chosen yet" rather than a silent default.
 */
export function SelectField({ id, value, options, onText, errorKey, help, ...rest }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  return (
    <TextField
      id={id}
      select
      value={value}
      onChange={(event) => onText(event.target.value)}
      error={errorKey !== undefined}
      helperText={errorKey === undefined ? help : message(errorKey)}
      fullWidth
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      {...rest}
    >
      <option value="">{t('cases.choose')}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}
