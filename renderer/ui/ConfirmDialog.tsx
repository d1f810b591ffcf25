import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
} from '@mui/material';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './use-error-text';

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** What the confirm button does, when the caller keeps the busy state and errors itself. */
  onConfirm?: () => void;
  /**
   * Or an asynchronous action: the dialog stays open and busy until it settles, shows a failure
   * (translated) instead of closing, and calls `onDone` after a success.
   */
  action?: () => Promise<unknown>;
  onDone?: () => void;
  onCancel: () => void;
  /** Destructive actions get a red confirm button (and say what they do in `confirmLabel`). */
  danger?: boolean;
  busy?: boolean;
};

/** "Are you sure?" with the action named on the button; Esc or Huỷ cancels. The one confirmation dialog. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  action,
  onCancel,
  onDone,
  danger,
  busy,
}: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const confirm = async () => {
    setFailure(null);
    if (action === undefined) {
      onConfirm?.();
      return;
    }
    setRunning(true);
    try {
      await action();
      setRunning(false);
      onDone?.();
    } catch (error) {
      setFailure(error);
      setRunning(false);
    }
  };
  return (
    <Dialog open={open} onClose={onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText component="div">
          {failure === null ? (
            children
          ) : (
            <Stack spacing={1.5}>
              <span>{children}</span>
              <Alert severity="error">{errorText(failure)}</Alert>
            </Stack>
          )}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('auth.cancel')}</Button>
        <Button
          onClick={() => void confirm()}
          variant="contained"
          color={danger === true ? 'error' : 'primary'}
          disabled={busy === true || running}
          autoFocus
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
