import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import RadioButtonUncheckedOutlined from '@mui/icons-material/RadioButtonUncheckedOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { Alert, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { format } from 'date-fns';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeRecordCount } from '../../../../shared/exchange/sharing/shared-records';
import { ok } from '../../../../shared/host/result';
import { foldVietnamese } from '../../../../shared/text/fold';
import { useStore } from '../../../db';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { type Column, DataTable } from '../../../ui/DataTable';
import { errorText } from '../../../ui/store-error-text';
import { formatMoment, formatRanges } from '../ui/format';
import { useUnitName } from '../ui/use-unit-name';
import { OfficeHistoryDialog } from './OfficeHistoryDialog';
import {
  DUE_DAY,
  expectedOffices,
  OFFICE_STATES,
  type OfficeState,
  type OfficeStatus,
  officeStatuses,
  reportingCalendar,
} from './office-status';
import { ReceiptButton } from './ReceiptButton';

const ICONS: Record<OfficeState, typeof CheckCircleOutlined> = {
  onTime: CheckCircleOutlined,
  overdue: WarningAmberOutlined,
  neverSent: HourglassEmptyOutlined,
  pendingApproval: HourglassEmptyOutlined,
  neverEnrolled: RadioButtonUncheckedOutlined,
};
const COLORS = {
  onTime: 'success',
  overdue: 'warning',
  neverSent: 'action',
  pendingApproval: 'action',
  neverEnrolled: 'disabled',
} as const;

type Row = OfficeStatus & { held: Record<string, number> };
type Filter = 'all' | OfficeState | 'withGaps';
type Sort = 'unit' | 'state' | 'last';
const day = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * The province's board: every office the unit tree expects (not only those that enrolled), with its
 * key, last bundle, gaps and state against the reporting calendar (office-status.ts), filtered and
 * sorted, each with its history of received bundles.
 */
export function StatusBoard() {
  const { t } = useTranslation();
  const store = useStore();
  const unitName = useUnitName();
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<Sort>('state');
  const [search, setSearch] = useState('');
  const [historyOf, setHistoryOf] = useState<Row | null>(null);
  const now = useMemo(() => new Date(), []);
  const calendar = reportingCalendar(now);
  // Loaded together, so a row never shows before what the province holds for it; a failure of any
  // part is shown as such, never as "no office yet".
  const board = useHostQuery(['trust', 'bundles'], async () => {
    const [peers, inbox, history, units, held] = await Promise.all([
      host.trust.list(),
      host.bundles.inbox(),
      host.bundles.history({}),
      store.units.list(),
      store.exchange.inboundCounts(),
    ]);
    if (!peers.ok) return peers;
    if (!inbox.ok) return inbox;
    if (!history.ok) return history;
    const province = store.office?.unitCode ?? '';
    const statuses = officeStatuses({
      expected: expectedOffices(units, province, day(now)),
      peers: peers.value.peers,
      senders: inbox.value.senders,
      history: history.value.entries,
      now,
    });
    return ok(statuses.map((row): Row => ({ ...row, held: held.get(row.unit) ?? {} })));
  }, [store, now]);
  const rows = useMemo(() => {
    const all = board.data ?? [];
    const wanted = foldVietnamese(search.trim());
    const name = (r: OfficeStatus) => r.unitName ?? unitName(r.unit);
    const shown = all.filter(
      (r) =>
        (filter === 'all' || (filter === 'withGaps' ? r.hasGaps : r.state === filter)) &&
        (wanted === '' || foldVietnamese(`${name(r)} ${r.unit}`).includes(wanted)),
    );
    const byName = (a: OfficeStatus, b: OfficeStatus) => name(a).localeCompare(name(b), 'vi');
    return shown.sort((a, b) => {
      if (sort === 'state')
        return OFFICE_STATES.indexOf(a.state) - OFFICE_STATES.indexOf(b.state) || byName(a, b);
      if (sort === 'last') return (b.lastMadeAt ?? '').localeCompare(a.lastMadeAt ?? '') || byName(a, b);
      return byName(a, b);
    });
  }, [board.data, filter, sort, search, unitName]);

  if (board.error !== null)
    return (
      <Alert severity="error" role="alert">
        {errorText(t, board.error)}
      </Alert>
    );
  if (board.data === undefined) return null;
  const stateText = (row: Row) =>
    row.state === 'overdue'
      ? t('exchange.board.overdue', {
          month: format(new Date(`${calendar.month}-01T00:00:00`), 'MM/yyyy'),
          due: format(calendar.due, 'dd/MM/yyyy'),
        })
      : t(`exchange.board.${row.state}`);
  const columns: Column<Row>[] = [
    {
      key: 'unit',
      header: t('exchange.board.unit'),
      width: '2fr',
      render: (r) => `${r.unitName ?? unitName(r.unit)} (${r.unit})`,
    },
    {
      key: 'state',
      header: t('exchange.board.state'),
      width: '2fr',
      render: (r) => {
        const Icon = ICONS[r.state];
        return (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-state={r.state}>
            <Icon fontSize="small" color={COLORS[r.state]} aria-hidden />
            <span>{stateText(r)}</span>
          </Stack>
        );
      },
    },
    {
      key: 'last',
      header: t('exchange.board.lastBundle'),
      width: '1.4fr',
      render: (r) =>
        r.sender !== null && r.sender.lastSequence > 0 && r.sender.lastReceivedAt !== null
          ? `${r.sender.lastSequence} · ${formatMoment(r.sender.lastReceivedAt)}`
          : t('exchange.board.none'),
    },
    {
      key: 'gaps',
      header: t('exchange.board.gaps'),
      width: '1fr',
      render: (r) =>
        r.sender !== null && r.hasGaps ? formatRanges(r.sender.missing) : t('exchange.board.noGaps'),
    },
    {
      key: 'held',
      header: t('exchange.board.records'),
      width: '1.4fr',
      render: (r) =>
        r.sender === null
          ? t('exchange.board.none')
          : t('exchange.board.casesRows', {
              // No case rows travel any more: counters, and the programme's own records.
              others: programmeRecordCount(r.held),
            }),
    },
    {
      key: 'actions',
      header: '',
      width: '1.6fr',
      render: (r) => (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          {r.sender !== null && (
            <Button size="small" onClick={() => setHistoryOf(r)}>
              {t('exchange.board.history')}
            </Button>
          )}
          {r.peer?.status === 'approved' && r.sender !== null && <ReceiptButton officeUnit={r.unit} />}
        </Stack>
      ),
    },
  ];
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography variant="h2" sx={{ mb: 1 }}>
        {t('exchange.board.heading')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t('exchange.board.calendar', {
          day: DUE_DAY,
          since: format(calendar.since, 'dd/MM/yyyy'),
          month: format(new Date(`${calendar.month}-01T00:00:00`), 'MM/yyyy'),
        })}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('exchange.board.dashboardNote')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField
          label={t('exchange.board.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <TextField
          select
          label={t('exchange.board.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value as Filter)}
          sx={{ minWidth: 260 }}
        >
          <MenuItem value="all">{t('exchange.board.all')}</MenuItem>
          {OFFICE_STATES.map((s) => (
            <MenuItem key={s} value={s}>
              {s === 'overdue' ? t('exchange.board.overdueFilter') : t(`exchange.board.${s}`)}
            </MenuItem>
          ))}
          <MenuItem value="withGaps">{t('exchange.board.withGaps')}</MenuItem>
        </TextField>
        <TextField
          select
          label={t('exchange.board.sort')}
          value={sort}
          onChange={(e) => setSort(e.target.value as Sort)}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="state">{t('exchange.board.sortState')}</MenuItem>
          <MenuItem value="unit">{t('exchange.board.sortUnit')}</MenuItem>
          <MenuItem value="last">{t('exchange.board.sortLast')}</MenuItem>
        </TextField>
      </Stack>
      <Typography role="status" sx={{ mb: 1 }}>
        {t('exchange.board.shown', { shown: rows.length, total: board.data.length })}
      </Typography>
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(r) => r.unit}
        label={t('exchange.board.tableLabel')}
        height={560}
        estimate={52}
        empty={<Alert severity="info">{t('exchange.board.empty')}</Alert>}
      />
      <OfficeHistoryDialog
        office={historyOf}
        name={historyOf === null ? '' : (historyOf.unitName ?? unitName(historyOf.unit))}
        onClose={() => setHistoryOf(null)}
      />
    </Paper>
  );
}
