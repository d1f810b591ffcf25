import { Box, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../db';
import { textFromIso } from '../../../ui/dates';
import { useMessage } from '../../../ui/use-message';

type Event = { key: string; day: string | null; text: string; order: number };

/** Everything that happened to the case, oldest first: incident, report, services, follow-ups, closure. */
export function CaseTimeline({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const message = useMessage();
  const events: Event[] = [
    { key: 'incident', day: view.incidentDate, text: t('cases.view.timeline.incident'), order: 0 },
    { key: 'report', day: view.reportDate, text: t('cases.view.timeline.report'), order: 1 },
    ...view.services.map((s) => ({
      key: s.id,
      day: s.date,
      text: t('cases.view.timeline.service', {
        need: message(`store.enum.need.${s.need}`),
        outcome: message(`store.enum.serviceOutcome.${s.outcome}`),
        provider: s.provider,
      }),
      order: 2,
    })),
    ...view.followUps.flatMap((f) => [
      { key: f.id, day: f.date, text: t('cases.view.timeline.followUp'), order: 3 },
      ...(f.nextContactDate === undefined || f.done
        ? []
        : [
            {
              key: `${f.id}-next`,
              day: f.nextContactDate,
              text: t('cases.view.timeline.nextContact'),
              order: 4,
            },
          ]),
    ]),
  ];
  events.sort((a, b) => (a.day ?? '').localeCompare(b.day ?? '') || a.order - b.order);
  if (view.status === 'closed' && view.closureReason !== undefined) {
    events.push({
      key: 'closed',
      day: null,
      text: t('cases.view.timeline.closed', {
        reason: message(`store.enum.closureReason.${view.closureReason}`),
      }),
      order: 5,
    });
  }
  return (
    <Paper sx={{ p: 2.5 }} component="section" aria-labelledby="timeline-title">
      <Typography id="timeline-title" variant="h3" sx={{ mb: 1.5 }}>
        {t('cases.view.timeline.title')}
      </Typography>
      <Stack component="ol" sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {events.map((event, index) => (
          <Box
            component="li"
            key={event.key}
            sx={{ display: 'grid', gridTemplateColumns: '96px 16px 1fr', columnGap: 1, minHeight: 36 }}
          >
            <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {event.day === null ? '' : textFromIso(event.day)}
            </Typography>
            <Box sx={{ position: 'relative', display: 'flex', justifyContent: 'center' }}>
              <Box
                sx={{
                  width: 10,
                  height: 10,
                  mt: 0.75,
                  borderRadius: '50%',
                  bgcolor: 'primary.main',
                  zIndex: 1,
                }}
              />
              {index < events.length - 1 && (
                <Box sx={{ position: 'absolute', top: 14, bottom: -6, width: 2, bgcolor: 'divider' }} />
              )}
            </Box>
            <Typography variant="body2" sx={{ pb: 1.5 }}>
              {event.text}
            </Typography>
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}
