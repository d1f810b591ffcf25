import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { errorText } from '../../../ui/store-error-text';
import { formatMoment } from '../ui/format';
import type { OfficeStatus } from './office-status';

/** Every bundle received from one office: sequence, kind, when made and received, counts, who imported. */
export function OfficeHistoryDialog({
  office,
  name,
  onClose,
}: {
  office: OfficeStatus | null;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const unit = office?.unit ?? null;
  const history = useHostQuery(['bundles'], () => host.bundles.history({ unit: unit ?? '' }), [unit], {
    enabled: unit !== null,
  });
  const entries = history.data?.entries ?? [];
  return (
    <Dialog open={office !== null} onClose={onClose} maxWidth="md" fullWidth aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t('exchange.board.historyTitle', { unit: name })}</DialogTitle>
      <DialogContent>
        {history.error !== null ? (
          <Alert severity="error" role="alert">
            {errorText(t, history.error)}
          </Alert>
        ) : history.data !== undefined && entries.length === 0 ? (
          <Alert severity="info">{t('exchange.board.historyEmpty')}</Alert>
        ) : (
          <Table size="small" aria-label={t('exchange.board.historyTitle', { unit: name })}>
            <TableHead>
              <TableRow>
                <TableCell>{t('exchange.many.sequence')}</TableCell>
                <TableCell>{t('exchange.many.kind')}</TableCell>
                <TableCell>{t('exchange.board.createdAt')}</TableCell>
                <TableCell>{t('exchange.board.lastReceived')}</TableCell>
                <TableCell>{t('exchange.board.counts')}</TableCell>
                <TableCell>{t('exchange.board.importedBy')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map((e) => (
                <TableRow key={e.manifestSha256}>
                  <TableCell>{e.sequence}</TableCell>
                  <TableCell>{t(`exchange.kinds.${e.kind}`)}</TableCell>
                  <TableCell>{formatMoment(e.createdAt)}</TableCell>
                  <TableCell>{formatMoment(e.receivedAt)}</TableCell>
                  <TableCell>
                    {Object.entries(e.counts)
                      .map(([type, n]) => `${type}: ${n}`)
                      .join(', ')}
                  </TableCell>
                  <TableCell>{e.importedBy ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('exchange.board.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
