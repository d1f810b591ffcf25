import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpInputSchema, todayIso, V } from '../../../../shared/model';
import { type CaseView, useStore } from '../../../db';
import { DateTextField } from '../shared/DateTextField';
import { isoFromText, textFromIso } from '../shared/date-text';
import { useMessage } from '../shared/use-message';
import { useCaseAction } from './use-case-action';

/** A follow-up contact today (or another past day) and, if agreed, the next contact date. */
export function AddFollowUpDialog({ view, onClose }: { view: CaseView; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const store = useStore();
  const { run, busy, error } = useCaseAction();
  const [date, setDate] = useState(textFromIso(todayIso()));
  const [next, setNext] = useState('');
  const [attempted, setAttempted] = useState(false);
  const input = { date: isoFromText(date), nextContactDate: isoFromText(next), done: false };
  const parsed = followUpInputSchema.safeParse(input);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors[issue.path.map(String).join('.')] ??= issue.message.startsWith('store.')
        ? issue.message
        : V.invalid;
    }
  }
  const shown = (path: string) => (attempted ? errors[path] : undefined);
  const save = async () => {
    setAttempted(true);
    if (!parsed.success) return;
    if ((await run(() => store.cases.addFollowUp(view.id, parsed.data, view.rev))) !== null) onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{t('cases.view.followUps.add')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <DateTextField
            id="followup-date"
            label={t('cases.view.followUps.date')}
            value={date}
            onText={setDate}
            errorKey={shown('date')}
            required
            autoFocus
          />
          <DateTextField
            id="followup-next"
            label={t('cases.view.followUps.next')}
            value={next}
            onText={setNext}
            errorKey={shown('nextContactDate')}
            help={t('cases.view.followUps.nextHelp')}
          />
          {error && <Alert severity="error">{message(error.key)}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cases.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy}>
          {t('cases.view.followUps.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
