import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import { Alert, Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { OpenResult } from '../../../../shared/exchange/bundles-contract';
import { formatMoment, formatRanges } from '../ui/format';
import { countsText } from '../ui/record-types';

type Opened = Extract<OpenResult, { ok: true }>;

/** The signed manifest of an opened bundle and what its verification found, before anything is applied. */
export function OpenedSummary({ opened, unitName }: { opened: Opened; unitName: (code: string) => string }) {
  const { t } = useTranslation();
  const { manifest, chain } = opened;
  const counts = countsText(t, manifest.counts);
  return (
    <>
      <Alert icon={<VerifiedOutlined />} severity="success" role="status" sx={{ mb: 2 }}>
        {t('exchange.import.verified')}
      </Alert>
      {chain.status === 'gap' && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t(
            chain.missingFrom === chain.missingTo
              ? 'exchange.import.chainGapOne'
              : 'exchange.import.chainGap',
            {
              ranges: formatRanges([[chain.missingFrom, chain.missingTo]]),
            },
          )}
        </Alert>
      )}
      {chain.status === 'fills-gap' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('exchange.import.chainFillsGap')}
        </Alert>
      )}
      <Table size="small" aria-label={t('exchange.import.manifest')} sx={{ mb: 2, maxWidth: 720 }}>
        <TableBody>
          <TableRow>
            <TableCell component="th">{t('exchange.import.sender')}</TableCell>
            <TableCell>
              {unitName(manifest.senderUnit)} ({manifest.senderUnit})
            </TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th">{t('exchange.import.recipient')}</TableCell>
            <TableCell>
              {unitName(manifest.recipientUnit)} ({manifest.recipientUnit})
            </TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th">{t('exchange.sent.kind')}</TableCell>
            <TableCell>{t(`exchange.kinds.${manifest.kind}`)}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th">{t('exchange.import.sequence')}</TableCell>
            <TableCell>{manifest.sequence}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th">{t('exchange.import.createdAt')}</TableCell>
            <TableCell>{formatMoment(manifest.createdAt)}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th">{t('exchange.import.counts')}</TableCell>
            <TableCell>{counts}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </>
  );
}
