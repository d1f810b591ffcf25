import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import { ButtonBase, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayIso } from '../../../../shared/model';
import { type Column, DataTable } from '../../../ui/DataTable';
import { textFromIso } from '../../../ui/dates';
import { useMessage } from '../../../ui/use-message';
import { StatusChip } from '../CaseStatusChip';
import { type CaseRow, isOverdue, type Sort, type SortKey } from './case-rows';

const ROW_HEIGHT = 52;
const COLUMNS: { key: SortKey; width: string }[] = [
  { key: 'caseCode', width: '1.3fr' },
  { key: 'reportDate', width: '0.9fr' },
  { key: 'gbvType', width: '1.6fr' },
  { key: 'incidentUnit', width: '1.1fr' },
  { key: 'status', width: '1fr' },
  { key: 'needs', width: '1fr' },
  { key: 'nextContact', width: '1fr' },
];
const LABEL = {
  caseCode: 'caseCode',
  reportDate: 'reportDate',
  gbvType: 'gbvType',
  incidentUnit: 'unit',
  status: 'status',
  needs: 'needs',
  nextContact: 'followUp',
} as const satisfies Record<SortKey, string>;

/** The case list in the kit's DataTable: sortable headers; a row opens the case (click or Enter). */
export function CaseTable({
  rows,
  sort,
  unitNames,
  onSort,
}: {
  rows: readonly CaseRow[];
  sort: Sort;
  unitNames: ReadonlyMap<string, string>;
  onSort: (sort: Sort) => void;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const navigate = useNavigate();
  const today = todayIso();
  const header = (key: SortKey) => {
    const label = t(`cases.list.columns.${LABEL[key]}`);
    const active = sort.key === key;
    return (
      <ButtonBase
        onClick={() => onSort({ key, dir: active && sort.dir === 'desc' ? 'asc' : 'desc' })}
        aria-label={t('cases.list.sortBy', { column: label })}
        sx={{ font: 'inherit', fontWeight: 600, gap: 0.5, px: 1, py: 0.5, borderRadius: 1 }}
      >
        {label}
        {active &&
          (sort.dir === 'asc' ? (
            <ArrowUpwardOutlined fontSize="inherit" />
          ) : (
            <ArrowDownwardOutlined fontSize="inherit" />
          ))}
      </ButtonBase>
    );
  };
  const cells: Record<SortKey, (row: CaseRow) => ReactNode> = {
    caseCode: (row) => (
      <Typography sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{row.caseCode}</Typography>
    ),
    reportDate: (row) => <Typography>{textFromIso(row.reportDate)}</Typography>,
    gbvType: (row) => (
      <Typography noWrap title={message(`store.enum.gbvType.${row.gbvType}`)}>
        {message(`store.enum.gbvType.${row.gbvType}`)}
      </Typography>
    ),
    incidentUnit: (row) => (
      <Typography noWrap title={unitNames.get(row.incidentUnit) ?? row.incidentUnit}>
        {unitNames.get(row.incidentUnit) ?? row.incidentUnit}
      </Typography>
    ),
    status: (row) => <StatusChip status={row.status} deleted={row.deleted} />,
    needs: (row) => (
      <Typography variant="body2">
        {row.needsTotal === 0
          ? t('cases.list.noNeeds')
          : t('cases.list.needsMet', { met: row.needsTotal - row.needsUnmet, total: row.needsTotal })}
      </Typography>
    ),
    nextContact: (row) => {
      const overdue = isOverdue(row, today);
      return (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          {overdue && <EventBusyOutlined fontSize="small" color="warning" />}
          <Typography variant="body2" sx={overdue ? { fontWeight: 600 } : {}}>
            {row.nextContact === null
              ? ''
              : overdue
                ? t('cases.list.overdue', { day: textFromIso(row.nextContact) })
                : textFromIso(row.nextContact)}
          </Typography>
        </Stack>
      );
    },
  };
  const columns: Column<CaseRow>[] = COLUMNS.map(({ key, width }) => ({
    key,
    width,
    header: header(key),
    sort: sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none',
    render: cells[key],
  }));
  return (
    <DataTable<CaseRow>
      rows={rows}
      columns={columns}
      rowKey={(row) => row.id}
      rowHeight={ROW_HEIGHT}
      height="calc(100vh - 420px)"
      minHeight={320}
      onOpen={(row) => void navigate(`/cases/${row.id}`)}
    />
  );
}
