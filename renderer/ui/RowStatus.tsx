import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import { Chip } from '@mui/material';

/** A row's state with an icon AND a word, never colour alone. */
export function RowStatus({ ok, label }: { ok: boolean; label: string }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      color={ok ? 'success' : 'error'}
      icon={ok ? <CheckCircleOutlined /> : <ErrorOutlineOutlined />}
      label={label}
    />
  );
}
