import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import { Button, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentBundle } from '../../../../shared/exchange/bundles-contract';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import type { Column } from '../../../ui/DataTable';
import { FormDialog } from '../../../ui/FormDialog';
import { TableCard } from '../../../ui/TableCard';
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
  const sorted =
    sent.data === undefined
      ? undefined
      : [...sent.data.bundles].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const columns: Column<SentBundle>[] = [
    { key: 'sequence', header: t('exchange.sent.sequence'), width: '0.5fr', render: (b) => b.sequence },
    {
      key: 'kind',
      header: t('exchange.sent.kind'),
      width: '1fr',
      render: (b) => t(`exchange.kinds.${b.kind}`),
    },
    { key: 'to', header: t('exchange.sent.to'), width: '1.2fr', render: (b) => unitName(b.recipientUnit) },
    {
      key: 'created',
      header: t('exchange.sent.createdAt'),
      width: '1.2fr',
      render: (b) => formatMoment(b.createdAt),
    },
    {
      key: 'copies',
      header: t('exchange.sent.copies'),
      width: '1fr',
      render: (b) => [...new Set(b.copies.map((c) => t(`exchange.copyTo.${c.to}`)))].join(', '),
    },
    {
      key: 'status',
      header: t('exchange.sent.status'),
      width: '1.4fr',
      render: (b) => (
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
      ),
    },
    {
      key: 'resend',
      header: '',
      width: '1.2fr',
      render: (b) =>
        b.fileKept ? (
          <Button size="small" onClick={() => setResend(b)}>
            {t('exchange.sent.resend', { sequence: b.sequence })}
          </Button>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('exchange.sent.fileGone')}
          </Typography>
        ),
    },
  ];
  return (
    <TableCard
      heading={t('exchange.sent.heading')}
      error={sent.error}
      rows={sorted}
      empty={t('exchange.sent.empty')}
      label={t('exchange.sent.tableLabel')}
      columns={columns}
      rowKey={(b) => `${b.recipientUnit}-${b.sequence}`}
    >
      <FormDialog
        open={resend !== null}
        onClose={() => setResend(null)}
        labelledBy={headingId}
        closeLabel={t('exchange.sent.close')}
        maxWidth="md"
      >
        {resend !== null && (
          <DestinationPicker
            bundleRef={{ recipientUnit: resend.recipientUnit, sequence: resend.sequence }}
            kind={resend.kind}
            headingId={headingId}
          />
        )}
      </FormDialog>
    </TableCard>
  );
}
