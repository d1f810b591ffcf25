import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
} from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The one dialog that asks for passphrases (change one's own, reset with the recovery key, create or
 * edit a user who may unlock identities): a form that submits on Enter, cannot be closed while the
 * key work runs, shows the refusal as an alert, and once `done` shows only that and "Đóng".
 */
export function PassphraseDialog({
  open,
  title,
  busy,
  failure,
  submitLabel,
  onSubmit,
  onClose,
  done,
  spinner = true,
  children,
}: {
  open: boolean;
  title: string;
  busy: boolean;
  failure: string | null;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onClose: () => void;
  /** A success said in the dialog (instead of the fields) before it is closed. */
  done?: ReactNode;
  spinner?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const finished = done !== undefined && done !== null && done !== false;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth>
      <form noValidate onSubmit={submit}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          {finished ? (
            done
          ) : (
            <Stack spacing={2.5} sx={{ pt: 1 }}>
              {children}
              {failure !== null && (
                <Alert severity="error" role="alert">
                  {failure}
                </Alert>
              )}
            </Stack>
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy}>
            {t(finished ? 'auth.close' : 'auth.cancel')}
          </Button>
          {!finished && (
            <Button
              type="submit"
              variant="contained"
              disabled={busy}
              startIcon={spinner && busy ? <CircularProgress size={18} color="inherit" /> : undefined}
            >
              {submitLabel}
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
