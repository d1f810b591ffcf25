import AddOutlined from '@mui/icons-material/AddOutlined';
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { Alert, Box, Button, IconButton, Paper, Stack, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseFollowUp, todayIso } from '../../../../shared/model';
import { type CaseView, isStoreError, useSession, useSessionLocked, useStore } from '../../../db';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { textFromIso } from '../../../ui/dates';
import { useMessage } from '../../../ui/use-message';
import { AddFollowUpDialog } from './AddFollowUpDialog';
import { useCaseAction } from './use-case-action';

/**
 * Follow-up contacts with their method and safety outcome; a next-contact date that has passed says
 * "overdue" in words and an icon. Notes are sealed with the identity and shown only on request (an
 * audited view), hidden again at lock. Each contact can be corrected, or deleted after a confirmation.
 */
export function FollowUps({ view, canWrite }: { view: CaseView; canWrite: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const store = useStore();
  const session = useSession();
  const locked = useSessionLocked();
  const { run, busy, error, clearError } = useCaseAction();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<CaseFollowUp | null>(null);
  const [removing, setRemoving] = useState<CaseFollowUp | null>(null);
  const [notes, setNotes] = useState<Readonly<Record<string, string>> | null>(null);
  const [notesError, setNotesError] = useState<string | null>(null);
  const today = todayIso();
  const editable = canWrite && view.deletedAt === null;
  const mayRead = session?.can('case.identify') ?? false;
  const items = [...view.followUps].sort((a, b) => b.date.localeCompare(a.date));
  const withNotes = items.some((f) => f.hasNote === true);

  // Notes hide at lock and whenever the case changes (a note just edited is read again on request).
  // biome-ignore lint/correctness/useExhaustiveDependencies: view.rev is the trigger, not a value used
  useEffect(() => {
    setNotes(null);
  }, [locked, view.rev]);

  const showNotes = async () => {
    setNotesError(null);
    try {
      setNotes((await store.cases.reveal(view.id)).followUpNotes ?? {});
    } catch (e) {
      if (isStoreError(e)) setNotesError(e.messageKey);
      else throw e;
    }
  };
  const remove = async (f: CaseFollowUp) => {
    if ((await run(() => store.cases.removeFollowUp(view.id, f.id, view.rev))) !== null) setRemoving(null);
  };
  const line = (f: CaseFollowUp) => t('cases.view.followUps.line', { day: textFromIso(f.date) });

  return (
    <Paper sx={{ p: 2.5 }} component="section" aria-labelledby="followups-title">
      <Stack
        direction="row"
        spacing={1}
        sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}
      >
        <Typography id="followups-title" variant="h3" sx={{ flexGrow: 1 }}>
          {t('cases.view.followUps.title')}
        </Typography>
        {withNotes && mayRead && (
          <Button
            size="small"
            startIcon={notes === null ? <VisibilityOutlined /> : <VisibilityOffOutlined />}
            onClick={() => (notes === null ? void showNotes() : setNotes(null))}
          >
            {notes === null ? t('cases.view.followUps.showNotes') : t('cases.view.followUps.hideNotes')}
          </Button>
        )}
        {editable && (
          <Button size="small" startIcon={<AddOutlined />} onClick={() => setAdding(true)}>
            {t('cases.view.followUps.add')}
          </Button>
        )}
      </Stack>
      {notesError !== null && <Alert severity="error">{message(notesError)}</Alert>}
      {items.length === 0 && <Typography color="text.secondary">{t('cases.view.followUps.none')}</Typography>}
      <Stack spacing={1.5}>
        {items.map((f) => {
          const overdue = !f.done && f.nextContactDate !== undefined && f.nextContactDate < today;
          const note = notes?.[f.id];
          return (
            <Box key={f.id} data-testid="follow-up">
              <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography sx={{ minWidth: 170 }}>{line(f)}</Typography>
                {f.nextContactDate !== undefined && (
                  <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexGrow: 1 }}>
                    {f.done ? (
                      <CheckOutlined fontSize="small" color="success" />
                    ) : overdue ? (
                      <EventBusyOutlined fontSize="small" color="warning" />
                    ) : (
                      <EventOutlined fontSize="small" color="action" />
                    )}
                    <Typography variant="body2" sx={overdue ? { fontWeight: 600 } : {}}>
                      {f.done
                        ? t('cases.view.followUps.done')
                        : overdue
                          ? `${t('cases.view.followUps.overdue')} (${textFromIso(f.nextContactDate)})`
                          : t('cases.view.followUps.upcoming', { day: textFromIso(f.nextContactDate) })}
                    </Typography>
                  </Stack>
                )}
                {editable && !f.done && f.nextContactDate !== undefined && (
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() => void run(() => store.cases.completeFollowUp(view.id, f.id, view.rev))}
                  >
                    {t('cases.view.followUps.markDone')}
                  </Button>
                )}
                {editable && (
                  <Stack direction="row" sx={{ ml: 'auto' }}>
                    <Tooltip title={t('cases.view.followUps.edit')}>
                      <IconButton
                        size="small"
                        aria-label={`${t('cases.view.followUps.edit')}: ${line(f)}`}
                        onClick={() => setEditing(f)}
                      >
                        <EditOutlined fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={t('cases.view.followUps.remove')}>
                      <IconButton
                        size="small"
                        color="error"
                        aria-label={`${t('cases.view.followUps.remove')}: ${line(f)}`}
                        onClick={() => {
                          clearError();
                          setRemoving(f);
                        }}
                      >
                        <DeleteOutlineOutlined fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </Stack>
                )}
              </Stack>
              {(f.method !== undefined || f.safetyOutcome !== undefined) && (
                <Typography variant="body2" color="text.secondary">
                  {[
                    f.method === undefined ? null : message(`store.enum.followUpMethod.${f.method}`),
                    f.safetyOutcome === undefined
                      ? null
                      : `${t('cases.view.followUps.safetyOutcome')}: ${message(`store.enum.safetyOutcome.${f.safetyOutcome}`)}`,
                  ]
                    .filter((part) => part !== null)
                    .join(' · ')}
                </Typography>
              )}
              {f.hasNote === true && (
                <Typography
                  variant="body2"
                  sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}
                  data-testid="follow-up-note"
                >
                  {note === undefined ? t('cases.view.followUps.noteHidden') : note}
                </Typography>
              )}
            </Box>
          );
        })}
      </Stack>
      {adding && <AddFollowUpDialog view={view} onClose={() => setAdding(false)} />}
      {editing !== null && (
        <AddFollowUpDialog view={view} followUp={editing} onClose={() => setEditing(null)} />
      )}
      {removing !== null && (
        <ConfirmDialog
          open
          danger
          busy={busy}
          title={t('cases.view.followUps.removeTitle')}
          confirmLabel={t('cases.view.followUps.remove')}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        >
          <Stack spacing={1.5}>
            <span>{t('cases.view.followUps.removeBody', { day: textFromIso(removing.date) })}</span>
            {error && <Alert severity="error">{message(error.key)}</Alert>}
          </Stack>
        </ConfirmDialog>
      )}
    </Paper>
  );
}
