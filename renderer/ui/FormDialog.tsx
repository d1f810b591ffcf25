import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblems } from './FormProblems';
import { useErrorText } from './use-error-text';

/**
 * A dialog that is a form: Enter submits, Esc cancels, a failed save says why without losing input,
 * and the fields' problems are summed up above them (`problems`, from the form hook). Without
 * `onSubmit` it is a dialog to read, closed by "Đóng".
 */
export function FormDialog({
  open,
  title,
  labelledBy,
  onClose,
  onSubmit,
  busy = false,
  failure = null,
  problems = [],
  children,
  submitLabel,
  closeLabel,
  actions,
  maxWidth = 'sm',
}: {
  open: boolean;
  /** Without a title, `labelledBy` names the heading a child shows (a place picker's own). */
  title?: string;
  labelledBy?: string;
  onClose: () => void;
  onSubmit?: () => void;
  busy?: boolean;
  failure?: unknown;
  /** The labels of the fields whose problems are shown (the form hook's `problems`). */
  problems?: readonly string[];
  children: ReactNode;
  submitLabel?: string;
  closeLabel?: string;
  /** Buttons between close and submit (e.g. "Khôi phục mặc định"). */
  actions?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      maxWidth={maxWidth}
      fullWidth
      {...(labelledBy === undefined ? {} : { 'aria-labelledby': labelledBy })}
    >
      {/* A dialog to read holds no form: a place picker inside has its own. */}
      <Box {...(onSubmit === undefined ? {} : { component: 'form', onSubmit: submit, noValidate: true })}>
        {title !== undefined && <DialogTitle>{title}</DialogTitle>}
        <DialogContent>
          <Stack spacing={2} sx={{ pt: title === undefined ? 0 : 1 }}>
            {failure !== null && <Alert severity="error">{errorText(failure)}</Alert>}
            <FormProblems fields={problems} />
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>
            {closeLabel ?? t(onSubmit === undefined ? 'programme.common.close' : 'programme.common.cancel')}
          </Button>
          {actions}
          {onSubmit !== undefined && (
            <Button type="submit" variant="contained" disabled={busy}>
              {submitLabel ?? t('programme.common.save')}
            </Button>
          )}
        </DialogActions>
      </Box>
    </Dialog>
  );
}
