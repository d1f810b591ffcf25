import AddOutlined from '@mui/icons-material/AddOutlined';
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import { Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/model';
import { type CaseView, useStore } from '../../../db';
import { textFromIso } from '../shared/date-text';
import { AddFollowUpDialog } from './AddFollowUpDialog';
import { useCaseAction } from './use-case-action';

/** Follow-up contacts; a next-contact date that has passed says "overdue" in words and an icon. */
export function FollowUps({ view, canWrite }: { view: CaseView; canWrite: boolean }) {
  const { t } = useTranslation();
  const store = useStore();
  const { run, busy } = useCaseAction();
  const [adding, setAdding] = useState(false);
  const today = todayIso();
  const editable = canWrite && view.deletedAt === null;
  const items = [...view.followUps].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Paper sx={{ p: 2.5 }} component="section" aria-labelledby="followups-title">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography id="followups-title" variant="h3">
          {t('cases.view.followUps.title')}
        </Typography>
        {editable && (
          <Button size="small" startIcon={<AddOutlined />} onClick={() => setAdding(true)}>
            {t('cases.view.followUps.add')}
          </Button>
        )}
      </Stack>
      {items.length === 0 && <Typography color="text.secondary">{t('cases.view.followUps.none')}</Typography>}
      <Stack spacing={1}>
        {items.map((f) => {
          const overdue = !f.done && f.nextContactDate !== undefined && f.nextContactDate < today;
          return (
            <Stack
              key={f.id}
              direction="row"
              spacing={1.5}
              sx={{ alignItems: 'center' }}
              data-testid="follow-up"
            >
              <Typography sx={{ minWidth: 170 }}>
                {t('cases.view.followUps.line', { day: textFromIso(f.date) })}
              </Typography>
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
            </Stack>
          );
        })}
      </Stack>
      {adding && <AddFollowUpDialog view={view} onClose={() => setAdding(false)} />}
    </Paper>
  );
}
