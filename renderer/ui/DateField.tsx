import type { TextFieldProps } from '@mui/material';
import type { ReactNode } from 'react';
import { FormTextField } from './FormTextField';

type Props = Omit<TextFieldProps, 'error' | 'helperText' | 'onChange' | 'value'> & {
  id: string;
  value: string;
  onText: (text: string) => void;
  errorKey?: string | undefined;
  help?: ReactNode;
};

/** Keeps only digits and slashes and adds the slashes itself, so "29112026" becomes 29/11/2026. */
export function shapeDateText(text: string): string {
  const cleaned = text.replace(/[^\d/]/g, '');
  if (cleaned.includes('/')) return cleaned.slice(0, 10);
  const digits = cleaned.slice(0, 8);
  if (digits.length <= 2) return digits;
  if (digits.length <= 4) return `${digits.slice(0, 2)}/${digits.slice(2)}`;
  return `${digits.slice(0, 2)}/${digits.slice(2, 4)}/${digits.slice(4)}`;
}

/** A date typed as dd/MM/yyyy from the keyboard: no calendar pop-up in the way of fast entry. */
export function DateField({ onText, ...rest }: Props) {
  return (
    <FormTextField
      placeholder="dd/MM/yyyy"
      onText={(text) => onText(shapeDateText(text))}
      slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 10 } }}
      {...rest}
    />
  );
}
