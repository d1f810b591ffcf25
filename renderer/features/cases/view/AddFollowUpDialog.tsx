import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  TextField,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseFollowUp,
  FOLLOW_UP_METHODS,
  FOLLOW_UP_NOTE_MAX,
  followUpEntrySchema,
  SAFETY_OUTCOMES,
  todayIso,
  V,
} from '../../../../shared/model';
import { type CaseView, isStoreError, useStore } from '../../../db';
import { DateField } from '../../../ui/DateField';
import { isoFromText, textFromIso } from '../../../ui/dates';
import { useEnumOptions } from '../../../ui/enum-options';
import { SelectField } from '../../../ui/SelectField';
import { useMessage } from '../../../ui/use-message';
import { useCaseAction } from './use-case-action';

/**
 * A follow-up contact (today or another past day): how it was made, how safe the survivor is, a
 * note and, if agreed, the next contact date — or a correction of one (`followUp`). The note is
 * sealed with the identity; editing one that has a note opens it first (an audited view).
 */
export function AddFollowUpDialog({
  view,
  followUp = null,
  onClose,
}: {
  view: CaseView;
  followUp?: CaseFollowUp | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const store = useStore();
  const methods = useEnumOptions('followUpMethod', FOLLOW_UP_METHODS);
  const safety = useEnumOptions('safetyOutcome', SAFETY_OUTCOMES);
  const { run, busy, error } = useCaseAction();
  const [date, setDate] = useState(textFromIso(followUp?.date ?? todayIso()));
  const [next, setNext] = useState(
    followUp?.nextContactDate === undefined ? '' : textFromIso(followUp.nextContactDate),
  );
  const [method, setMethod] = useState<string>(followUp?.method ?? '');
  const [safetyOutcome, setSafetyOutcome] = useState<string>(followUp?.safetyOutcome ?? '');
  const [note, setNote] = useState('');
  const [noteState, setNoteState] = useState<'ready' | 'loading' | string>(
    followUp?.hasNote === true ? 'loading' : 'ready',
  );
  const [attempted, setAttempted] = useState(false);
  const followUpId = followUp?.id;

  useEffect(() => {
    if (followUpId === undefined || noteState !== 'loading') return;
    let live = true;
    store.cases.reveal(view.id).then(
      (identity) => {
        if (!live) return;
        setNote(identity.followUpNotes?.[followUpId] ?? '');
        setNoteState('ready');
      },
      (e: unknown) => {
        if (live) setNoteState(isStoreError(e) ? e.messageKey : 'store.error.vaultUnreadable');
      },
    );
    return () => {
      live = false;
    };
  }, [store, view.id, followUpId, noteState]);

  const input = {
    date: isoFromText(date),
    nextContactDate: isoFromText(next),
    done: followUp?.done ?? false,
    method: method === '' ? undefined : method,
    safetyOutcome: safetyOutcome === '' ? undefined : safetyOutcome,
    note,
  };
  const parsed = followUpEntrySchema.safeParse(input);
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
    if (!parsed.success || noteState !== 'ready') return;
    const data = parsed.data;
    const saved = await run(() =>
      followUp === null
        ? store.cases.addFollowUp(view.id, data, view.rev)
        : store.cases.updateFollowUp(view.id, followUp.id, data, view.rev),
    );
    if (saved !== null) onClose();
  };
  const noteError = shown('note');
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>
        {followUp === null
          ? t('cases.view.followUps.add')
          : t('cases.view.followUps.editTitle', { day: textFromIso(followUp.date) })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <DateField
            id="followup-date"
            label={t('cases.view.followUps.date')}
            value={date}
            onText={setDate}
            errorKey={shown('date')}
            required
            autoFocus
          />
          <SelectField
            id="followup-method"
            label={t('cases.view.followUps.method')}
            value={method}
            options={methods}
            onText={setMethod}
            errorKey={shown('method')}
            required
          />
          <SelectField
            id="followup-safety"
            label={t('cases.view.followUps.safetyOutcome')}
            value={safetyOutcome}
            options={safety}
            onText={setSafetyOutcome}
            errorKey={shown('safetyOutcome')}
            help={t('cases.view.followUps.safetyHelp')}
            required
          />
          {noteState === 'loading' && <LinearProgress aria-label={t('cases.view.followUps.noteLoading')} />}
          {noteState !== 'ready' && noteState !== 'loading' && (
            <Alert severity="error">{message(noteState)}</Alert>
          )}
          <TextField
            id="followup-note"
            label={t('cases.view.followUps.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            disabled={noteState !== 'ready'}
            multiline
            minRows={3}
            fullWidth
            error={noteError !== undefined}
            helperText={
              noteError === undefined
                ? t('cases.view.followUps.noteHelp', { max: FOLLOW_UP_NOTE_MAX })
                : message(noteError)
            }
            autoComplete="off"
          />
          <DateField
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
        <Button variant="contained" onClick={() => void save()} disabled={busy || noteState !== 'ready'}>
          {t('cases.view.followUps.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
