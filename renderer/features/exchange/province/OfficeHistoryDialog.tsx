import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ReceivedEntry } from '../../../../shared/exchange/bundles-contract';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog } from '../../../ui/FormDialog';
import { errorText } from '../../../ui/store-error-text';
import { formatMoment } from '../ui/format';
import { countsText } from '../ui/record-types';
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
  const unit = office?.unit ?? null;
  const history = useHostQuery(['bundles'], () => host.bundles.history({ unit: unit ?? '' }), [unit], {
    enabled: unit !== null,
  });
  const title = t('exchange.board.historyTitle', { unit: name });
  const columns: Column<ReceivedEntry>[] = [
    { key: 'sequence', header: t('exchange.many.sequence'), width: '0.6fr', render: (e) => e.sequence },
    {
      key: 'kind',
      header: t('exchange.many.kind'),
      width: '1fr',
      render: (e) => t(`exchange.kinds.${e.kind}`),
    },
    {
      key: 'created',
      header: t('exchange.board.createdAt'),
      width: '1.2fr',
      render: (e) => formatMoment(e.createdAt),
    },
    {
      key: 'received',
      header: t('exchange.board.lastReceived'),
      width: '1.2fr',
      render: (e) => formatMoment(e.receivedAt),
    },
    {
      key: 'counts',
      header: t('exchange.board.counts'),
      width: '2fr',
      render: (e) => countsText(t, e.counts),
    },
    {
      key: 'importedBy',
      header: t('exchange.board.importedBy'),
      width: '1fr',
      render: (e) => e.importedBy ?? '—',
    },
  ];
  return (
    <FormDialog
      open={office !== null}
      title={title}
      onClose={onClose}
      closeLabel={t('exchange.board.close')}
      maxWidth="md"
    >
      {history.error !== null ? (
        <Alert severity="error" role="alert">
          {errorText(t, history.error)}
        </Alert>
      ) : history.data === undefined ? null : history.data.entries.length === 0 ? (
        <Alert severity="info">{t('exchange.board.historyEmpty')}</Alert>
      ) : (
        <DataTable
          rows={history.data.entries}
          columns={columns}
          rowKey={(e) => e.manifestSha256}
          label={title}
          height={420}
        />
      )}
    </FormDialog>
  );
}
