import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import type { ReactNode } from 'react';
import type { Option } from './SelectField';
import { useMessage } from './use-message';

type Props = {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  onText: (value: string) => void;
  onBlur?: () => void;
  errorKey?: string | undefined;
  help?: ReactNode;
  required?: boolean;
  row?: boolean;
};

/** A short choice as radio buttons: all options visible, arrow keys move between them. */
export function RadioField({
  id,
  label,
  value,
  options,
  onText,
  onBlur,
  errorKey,
  help,
  required,
  row,
}: Props) {
  const message = useMessage();
  const labelId = `${id}-label`;
  return (
    <FormControl error={errorKey !== undefined} required={required ?? false} data-field={id} onBlur={onBlur}>
      <FormLabel id={labelId}>{label}</FormLabel>
      <RadioGroup
        row={row ?? true}
        aria-labelledby={labelId}
        name={id}
        value={value}
        onChange={(event) => onText(event.target.value)}
      >
        {options.map((option) => (
          <FormControlLabel
            key={option.value}
            value={option.value}
            control={<Radio size="small" />}
            label={option.label}
          />
        ))}
      </RadioGroup>
      {(errorKey !== undefined || help !== undefined) && (
        <FormHelperText>{errorKey === undefined ? help : message(errorKey)}</FormHelperText>
      )}
    </FormControl>
  );
}
