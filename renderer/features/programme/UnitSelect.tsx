import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../ui/use-message';
import { useUnits } from './use-programme';

/** Choose a unit by name; units are shown with their level so "Tam Kỳ" and a commune of it differ. */
export function UnitSelect({
  label,
  value,
  onChange,
  onBlur,
  error,
  required,
  emptyLabel,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  required?: boolean;
  emptyLabel?: string;
}) {
  const { t } = useTranslation();
  const text = useMessage();
  const units = useUnits().data ?? [];
  return (
    <TextField
      select
      label={label}
      value={units.some((u) => u.code === value) ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      required={required}
      error={error !== undefined}
      helperText={error === undefined ? undefined : text(error)}
      fullWidth
    >
      {emptyLabel !== undefined && <MenuItem value="">{emptyLabel}</MenuItem>}
      {units.map((unit) => (
        <MenuItem key={unit.code} value={unit.code}>
          {unit.name} — {t(`programme.units.kindName.${unit.kind}`)} ({unit.code})
        </MenuItem>
      ))}
    </TextField>
  );
}
