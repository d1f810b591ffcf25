import { Alert, Stack } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useErrorText } from './use-error-text';

/**
 * "Delete this?" for a programme record: says what goes with it, deletes (a tombstone, audited,
 * counters follow in the same write) only on the red button, and shows a failure without closing.
 */
export function DeleteDialog({
  title,
  children,
  confirmLabel,
  onDelete,
  onClose,
  onDeleted,
}: {
  title: string;
  children: ReactNode;
  confirmLabel?: string;
  onDelete: () => Promise<unknown>;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onDelete();
      onDeleted();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      open
      danger
      busy={busy}
      title={title}
      confirmLabel={confirmLabel ?? t('programme.common.delete')}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <Stack spacing={1.5}>
        <span>{children}</span>
        {failure !== null && <Alert severity="error">{errorText(failure)}</Alert>}
      </Stack>
    </ConfirmDialog>
  );
}
