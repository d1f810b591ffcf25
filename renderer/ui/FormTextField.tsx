import { TextField, type TextFieldProps } from '@mui/material';
import type { ReactNode } from 'react';
import { useMessage } from './use-message';

type Props = Omit<TextFieldProps, 'error' | 'helperText' | 'onChange' | 'value'> & {
  id: string;
  value: string;
  onText: (text: string) => void;
  /** An i18n key of the current problem, if any. */
  errorKey?: string | undefined;
  /** Values the problem's message names (a limit, a count). */
  errorValues?: Record<string, unknown>;
  help?: ReactNode;
};

/** A text field that says what is wrong in Vietnamese, or else a short help text. */
export function FormTextField({ id, value, onText, errorKey, errorValues, help, ...rest }: Props) {
  const message = useMessage();
  return (
    <TextField
      id={id}
      value={value}
      onChange={(event) => onText(event.target.value)}
      error={errorKey !== undefined}
      helperText={errorKey === undefined ? help : message(errorKey, errorValues)}
      fullWidth
      {...rest}
    />
  );
}
