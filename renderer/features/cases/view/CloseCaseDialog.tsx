import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSURE_REASONS, unmetNeeds, V } from '../../../../shared/model';
import { type CaseView, useStore } from '../../../db';
import { useEnumOptions } from '../../../ui/enum-options';
import { SelectField } from '../../../ui/SelectField';
import { useMessage } from '../../../ui/use-message';
import { useCaseAction } from './use-case-action';

/** Closing asks for a reason, and says plainly if needs are still unmet. */
export function CloseCaseDialog({ view, onClose }: { view: CaseView; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const store = useStore();
  const reasons = useEnumOptions('closureReason', CLOSURE_REASONS);
  const { run, busy, error } = useCaseAction();
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const unmet = unmetNeeds(view).length;
  const save = async () => {
    setAttempted(true);
    const chosen = CLOSURE_REASONS.find((r) => r === reason);
    if (chosen === undefined) return;
    if ((await run(() => store.cases.close(view.id, chosen, view.rev))) !== null) onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{t('cases.view.closure.title', { code: view.caseCode })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {unmet > 0 && (
            <Alert severity="warning">{t('cases.view.closure.unmetWarning', { count: unmet })}</Alert>
          )}
          <SelectField
            id="closure-reason"
            label={t('cases.view.closure.reason')}
            value={reason}
            options={reasons}
            onText={setReason}
            errorKey={attempted && reason === '' ? V.closureReasonRequired : undefined}
            required
            autoFocus
          />
          {error && <Alert severity="error">{message(error.key)}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cases.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy}>
          {t('cases.view.closure.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
