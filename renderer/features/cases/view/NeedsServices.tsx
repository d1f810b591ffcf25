import AddOutlined from '@mui/icons-material/AddOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import { Box, Button, Chip, Divider, Paper, Stack, Typography } from '@mui/material';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Need, unmetNeeds } from '../../../../shared/model';
import type { CaseView } from '../../../db';
import { textFromIso } from '../shared/date-text';
import { useMessage } from '../shared/use-message';
import { AddServiceDialog } from './AddServiceDialog';

/** Each need with the services given for it; "met" follows from a provided service (I5), never ticked. */
export function NeedsServices({ view, canWrite }: { view: CaseView; canWrite: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [adding, setAdding] = useState<Need | null>(null);
  const unmet = new Set(unmetNeeds(view));
  const editable = canWrite && view.deletedAt === null;
  return (
    <Paper sx={{ p: 2.5 }} component="section" aria-labelledby="needs-title">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline', mb: 1 }}>
        <Typography id="needs-title" variant="h3">
          {t('cases.view.needs.title')}
        </Typography>
        {view.needs.length > 0 && (
          <Typography variant="body2" color="text.secondary" data-testid="needs-summary">
            {unmet.size === 0
              ? t('cases.view.needs.allMet')
              : t('cases.view.needs.someUnmet', { count: unmet.size })}
          </Typography>
        )}
      </Stack>
      {view.needs.length === 0 && (
        <Typography color="text.secondary">{t('cases.view.needs.none')}</Typography>
      )}
      <Stack divider={<Divider />} spacing={1.5}>
        {view.needs.map((need) => {
          const services = view.services.filter((s) => s.need === need);
          const met = !unmet.has(need);
          const name = message(`store.enum.need.${need}`);
          return (
            <Box key={need} data-testid={`need-${need}`}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography sx={{ fontWeight: 600, flexGrow: 1 }}>{name}</Typography>
                <Chip
                  size="small"
                  variant="outlined"
                  color={met ? 'success' : 'warning'}
                  icon={met ? <CheckCircleOutlined /> : <HourglassEmptyOutlined />}
                  label={met ? t('cases.view.needs.met') : t('cases.view.needs.unmet')}
                />
                {editable && (
                  <Button
                    size="small"
                    startIcon={<AddOutlined />}
                    onClick={() => setAdding(need)}
                    aria-label={`${t('cases.view.needs.addService')}: ${name}`}
                  >
                    {t('cases.view.needs.addService')}
                  </Button>
                )}
              </Stack>
              {services.length === 0 ? (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                  {t('cases.view.needs.noServices')}
                </Typography>
              ) : (
                <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
                  {services.map((s) => (
                    <Fragment key={s.id}>
                      <Typography component="li" variant="body2">
                        {textFromIso(s.date)} — {s.provider} —{' '}
                        {message(`store.enum.serviceOutcome.${s.outcome}`)}
                      </Typography>
                    </Fragment>
                  ))}
                </Box>
              )}
            </Box>
          );
        })}
      </Stack>
      {adding !== null && <AddServiceDialog view={view} need={adding} onClose={() => setAdding(null)} />}
    </Paper>
  );
}
