import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './use-error-text';

/** A dialog that is a form: Enter submits, Esc cancels, and a failed save says why without losing input. */
export function FormDialog({
  open,
  title,
  onClose,
  onSubmit,
  busy,
  failure,
  children,
  submitLabel,
  maxWidth = 'sm',
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  busy: boolean;
  failure: unknown;
  children: ReactNode;
  submitLabel?: string;
  maxWidth?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth={maxWidth} fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {failure !== null && <Alert severity="error">{errorText(failure)}</Alert>}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('programme.common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {submitLabel ?? t('programme.common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
