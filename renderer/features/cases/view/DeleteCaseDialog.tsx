import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type CaseView, useStore } from '../../../db';
import { useMessage } from '../../../ui/use-message';
import { useCaseAction } from './use-case-action';

/** Deleting leaves a tombstone; the dialog says only an administrator can undo it. */
export function DeleteCaseDialog({ view, onClose }: { view: CaseView; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const store = useStore();
  const navigate = useNavigate();
  const { run, busy, error } = useCaseAction();
  const remove = async () => {
    if ((await run(() => store.cases.remove(view.id, view.rev))) !== null) await navigate('/cases');
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{t('cases.view.deleteTitle', { code: view.caseCode })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('cases.view.deleteBody')}</DialogContentText>
        {error && <Alert severity="error">{message(error.key)}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('cases.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={() => void remove()} disabled={busy}>
          {t('cases.view.delete')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
