import { Alert, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { errorText } from '../../../ui/store-error-text';
import { formatMoment } from '../ui/format';

/** The office's side of "per office, last sequence sent and received, gaps, and when". */
export function SendingStatus({ peer }: { peer: string }) {
  const { t } = useTranslation();
  const sent = useHostQuery(['bundles'], () => host.bundles.listSent({ recipientUnit: peer }), [peer]);
  if (sent.error !== null)
    return (
      <Alert severity="error" role="alert">
        {errorText(t, sent.error)}
      </Alert>
    );
  if (sent.data === undefined) return null;
  const data = sent.data.bundles.filter((b) => b.kind === 'data').sort((a, b) => a.sequence - b.sequence);
  const last = data.at(-1);
  const delivered = data.filter((b) => b.deliveredAt !== null).at(-1);
  const waiting = data.filter((b) => b.deliveredAt === null).length;
  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-label={t('exchange.status.heading')}>
      <Typography variant="h3" sx={{ mb: 1 }}>
        {t('exchange.status.heading')}
      </Typography>
      <Stack spacing={0.5}>
        <Typography>
          {last === undefined
            ? t('exchange.status.noneSent')
            : t('exchange.status.lastSent', { sequence: last.sequence, date: formatMoment(last.createdAt) })}
        </Typography>
        {delivered !== undefined && (
          <Typography>{t('exchange.status.delivered', { sequence: delivered.sequence })}</Typography>
        )}
        {waiting > 0 && <Typography>{t('exchange.status.waiting', { count: waiting })}</Typography>}
      </Stack>
    </Paper>
  );
}
