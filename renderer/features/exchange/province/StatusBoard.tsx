import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import {
  Alert,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ok } from '../../../../shared/host/result';
import { useStore } from '../../../db';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { errorText } from '../../../ui/store-error-text';
import { formatMoment, formatRanges } from '../ui/format';
import { useUnitName } from '../ui/use-unit-name';
import { type OfficeState, type OfficeStatus, OVERDUE_DAYS, officeStatuses } from './office-status';
import { ReceiptButton } from './ReceiptButton';

const ICONS: Record<OfficeState, typeof CheckCircleOutlined> = {
  onTime: CheckCircleOutlined,
  overdue: WarningAmberOutlined,
  neverSent: HourglassEmptyOutlined,
  pendingApproval: HourglassEmptyOutlined,
};
const COLORS = {
  onTime: 'success',
  overdue: 'warning',
  neverSent: 'action',
  pendingApproval: 'action',
} as const;

/** The province's board: each office's key, last bundle, gaps, rows held, and whether it is overdue. */
export function StatusBoard() {
  const { t } = useTranslation();
  const store = useStore();
  const unitName = useUnitName();
  // Loaded together, so a row never shows before what the province holds for it; a failure of any
  // part is shown as such, never as "no office yet".
  const board = useHostQuery(['trust', 'bundles'], async () => {
    const [peers, inbox, counts] = await Promise.all([
      host.trust.list(),
      host.bundles.inbox(),
      store.exchange.inboundCounts(),
    ]);
    if (!peers.ok) return peers;
    if (!inbox.ok) return inbox;
    return ok({ rows: officeStatuses(peers.value.peers, inbox.value.senders, new Date()), held: counts });
  }, [store]);
  if (board.error !== null)
    return (
      <Alert severity="error" role="alert">
        {errorText(t, board.error)}
      </Alert>
    );
  if (board.data === undefined) return null;
  const { rows, held } = board.data;
  const stateText = (row: OfficeStatus) =>
    row.state === 'overdue'
      ? t('exchange.board.overdue', { days: OVERDUE_DAYS })
      : t(`exchange.board.${row.state}`);
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography variant="h2" sx={{ mb: 1 }}>
        {t('exchange.board.heading')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('exchange.board.dashboardNote')}
      </Typography>
      {rows.length === 0 ? (
        <Alert severity="info">{t('exchange.board.empty')}</Alert>
      ) : (
        <Table size="small" aria-label={t('exchange.board.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('exchange.board.unit')}</TableCell>
              <TableCell>{t('exchange.board.enrolled')}</TableCell>
              <TableCell>{t('exchange.board.lastBundle')}</TableCell>
              <TableCell>{t('exchange.board.lastReceived')}</TableCell>
              <TableCell>{t('exchange.board.gaps')}</TableCell>
              <TableCell>{t('exchange.board.records')}</TableCell>
              <TableCell>{t('exchange.board.state')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const Icon = ICONS[row.state];
              const counts = held.get(row.unit) ?? {};
              // No case rows travel any more: counters, and the programme's own records.
              const others = Object.entries(counts)
                .filter(([type]) => type !== 'cases' && type !== 'aggregates')
                .reduce((a, [, n]) => a + n, 0);
              return (
                <TableRow key={row.unit}>
                  <TableCell>
                    {row.unitName ?? unitName(row.unit)} ({row.unit})
                  </TableCell>
                  <TableCell>
                    {row.peer === null
                      ? t('exchange.board.none')
                      : t(`exchange.keys.peerStatus.${row.peer.status}`)}
                  </TableCell>
                  <TableCell>
                    {row.sender?.lastSequence ? row.sender.lastSequence : t('exchange.board.none')}
                  </TableCell>
                  <TableCell>
                    {row.sender?.lastReceivedAt
                      ? formatMoment(row.sender.lastReceivedAt)
                      : t('exchange.board.none')}
                  </TableCell>
                  <TableCell>
                    {row.sender && row.sender.missing.length > 0
                      ? formatRanges(row.sender.missing)
                      : t('exchange.board.noGaps')}
                  </TableCell>
                  <TableCell>{t('exchange.board.casesRows', { others })}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <Icon fontSize="small" color={COLORS[row.state]} aria-hidden />
                      <span>{stateText(row)}</span>
                    </Stack>
                  </TableCell>
                  <TableCell>
                    {row.peer?.status === 'approved' && <ReceiptButton officeUnit={row.unit} />}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
