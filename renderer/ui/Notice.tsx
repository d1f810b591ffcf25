import { Alert } from '@mui/material';

/**
 * The result of an action ("Đã nhập 12 người", "Đã lưu.") in the page's own flow, above the list it
 * speaks of. A floating snackbar at the bottom covered the last rows of a list just imported into;
 * this takes its own line, is announced to screen readers (role=status) and stays until closed or
 * replaced, so it never hides a row and never moves one from under the pointer.
 */
export function Notice({ message, onClose }: { message: string | null; onClose: () => void }) {
  if (message === null) return null;
  return (
    <Alert severity="success" role="status" onClose={onClose} data-testid="notice">
      {message}
    </Alert>
  );
}
