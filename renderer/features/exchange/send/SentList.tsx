import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentBundle } from '../../../../shared/exchange/bundles-contract';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { errorText } from '../../../ui/store-error-text';
import { DestinationPicker } from '../ui/DestinationPicker';
import { formatDay, formatMoment } from '../ui/format';
import { useUnitName } from '../ui/use-unit-name';

/** Every bundle this installation sent, newest first, with its receipt status and a re-send. */
export function SentList() {
  const { t } = useTranslation();
  const unitName = useUnitName();
  const sent = useHostQuery(['bundles'], () => host.bundles.listSent({}), []);
  const [resend, setResend] = useState<SentBundle | null>(null);
  const headingId = useId();
  if (sent.error !== null)
    return (
      <Alert severity="error" role="alert">
        {errorText(t, sent.error)}
      </Alert>
    );
  if (sent.data === undefined) return null;
  const sorted = [...sent.data.bundles].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography variant="h2" sx={{ mb: 2 }}>
        {t('exchange.sent.heading')}
      </Typography>
      {sorted.length === 0 ? (
        <Alert severity="info">{t('exchange.sent.empty')}</Alert>
      ) : (
        <Table size="small" aria-label={t('exchange.sent.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('exchange.sent.sequence')}</TableCell>
              <TableCell>{t('exchange.sent.kind')}</TableCell>
              <TableCell>{t('exchange.sent.to')}</TableCell>
              <TableCell>{t('exchange.sent.createdAt')}</TableCell>
              <TableCell>{t('exchange.sent.copies')}</TableCell>
              <TableCell>{t('exchange.sent.status')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((b) => (
              <TableRow key={`${b.recipientUnit}-${b.sequence}`}>
                <TableCell>{b.sequence}</TableCell>
                <TableCell>{t(`exchange.kinds.${b.kind}`)}</TableCell>
                <TableCell>{unitName(b.recipientUnit)}</TableCell>
                <TableCell>{formatMoment(b.createdAt)}</TableCell>
                <TableCell>
                  {[...new Set(b.copies.map((c) => t(`exchange.copyTo.${c.to}`)))].join(', ')}
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    {b.deliveredAt !== null ? (
                      <CheckCircleOutlined color="success" fontSize="small" aria-hidden />
                    ) : (
                      <HourglassEmptyOutlined color="action" fontSize="small" aria-hidden />
                    )}
                    <span>
                      {b.deliveredAt !== null
                        ? t('exchange.sent.delivered', { date: formatDay(b.deliveredAt) })
                        : t('exchange.sent.notDelivered')}
                    </span>
                  </Stack>
                </TableCell>
                <TableCell>
                  {b.fileKept ? (
                    <Button size="small" onClick={() => setResend(b)}>
                      {t('exchange.sent.resend', { sequence: b.sequence })}
                    </Button>
                  ) : (
                    <Typography variant="body2" color="text.secondary">
                      {t('exchange.sent.fileGone')}
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog
        open={resend !== null}
        onClose={() => setResend(null)}
        maxWidth="md"
        fullWidth
        aria-labelledby={headingId}
      >
        <DialogContent>
          {resend !== null && (
            <DestinationPicker
              bundleRef={{ recipientUnit: resend.recipientUnit, sequence: resend.sequence }}
              kind={resend.kind}
              headingId={headingId}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setResend(null)}>{t('exchange.sent.close')}</Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
