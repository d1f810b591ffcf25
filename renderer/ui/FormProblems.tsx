import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';

/**
 * The sum-up of a form's problems: which fields to check, by their labels (each field says its own
 * problem beneath it). Nothing while all is well; read out as it appears.
 */
export function FormProblems({ fields }: { fields: readonly string[] }) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <Alert severity="error" role="alert">
      {t('shell.form.check', { fields: fields.join(', ') })}
    </Alert>
  );
}
