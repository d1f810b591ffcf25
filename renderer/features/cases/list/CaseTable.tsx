import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import { Box, ButtonBase, Paper, Stack, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayIso } from '../../../../shared/model';
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
const GRID = COLUMNS.map((c) => c.width).join(' ');
const LABEL = {
  caseCode: 'caseCode',
  reportDate: 'reportDate',
  gbvType: 'gbvType',
  incidentUnit: 'unit',
  status: 'status',
  needs: 'needs',
  nextContact: 'followUp',
} as const satisfies Record<SortKey, string>;

/**
 * The case list as an ARIA table whose rows are virtualised: only the ~20 rows on screen exist in
 * the page, whether the office has 50 cases or 100,000. Rows open with a click or Enter.
 */
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
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const today = todayIso();
  const open = (row: CaseRow) => void navigate(`/cases/${row.id}`);
  const onKey = (event: KeyboardEvent, row: CaseRow, index: number) => {
    if (event.key === 'Enter') open(row);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0 || next >= rows.length) return;
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() =>
        scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus(),
      );
    }
  };
  const header = (key: SortKey) => {
    const label = t(`cases.list.columns.${LABEL[key]}`);
    const active = sort.key === key;
    return (
      <Box
        role="columnheader"
        key={key}
        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
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
      </Box>
    );
  };

  return (
    <Paper role="table" aria-rowcount={rows.length + 1} sx={{ overflow: 'hidden' }}>
      <Box
        role="row"
        aria-rowindex={1}
        sx={{
          display: 'grid',
          gridTemplateColumns: GRID,
          columnGap: 2,
          px: 1,
          py: 1,
          whiteSpace: 'nowrap',
          bgcolor: 'grey.50',
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        {COLUMNS.map((c) => header(c.key))}
      </Box>
      <Box
        ref={scrollRef}
        role="rowgroup"
        sx={{ height: 'calc(100vh - 420px)', minHeight: 320, overflow: 'auto' }}
      >
        <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            const overdue = isOverdue(row, today);
            return (
              <Box
                key={row.id}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                tabIndex={0}
                onClick={() => open(row)}
                onKeyDown={(e) => onKey(e, row, item.index)}
                sx={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: GRID,
                  columnGap: 2,
                  alignItems: 'center',
                  px: 2,
                  borderBottom: 1,
                  borderColor: 'divider',
                  cursor: 'pointer',
                  '&:hover, &:focus-visible': { bgcolor: 'action.hover', outline: 'none' },
                  '&:focus-visible': { boxShadow: (theme) => `inset 3px 0 0 ${theme.palette.primary.main}` },
                }}
              >
                <Typography role="cell" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                  {row.caseCode}
                </Typography>
                <Typography role="cell">{textFromIso(row.reportDate)}</Typography>
                <Typography role="cell" noWrap title={message(`store.enum.gbvType.${row.gbvType}`)}>
                  {message(`store.enum.gbvType.${row.gbvType}`)}
                </Typography>
                <Typography role="cell" noWrap title={unitNames.get(row.incidentUnit) ?? row.incidentUnit}>
                  {unitNames.get(row.incidentUnit) ?? row.incidentUnit}
                </Typography>
                <Box role="cell">
                  <StatusChip status={row.status} deleted={row.deleted} />
                </Box>
                <Typography role="cell" variant="body2">
                  {row.needsTotal === 0
                    ? t('cases.list.noNeeds')
                    : t('cases.list.needsMet', {
                        met: row.needsTotal - row.needsUnmet,
                        total: row.needsTotal,
                      })}
                </Typography>
                <Stack role="cell" direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                  {overdue && <EventBusyOutlined fontSize="small" color="warning" />}
                  <Typography variant="body2" sx={overdue ? { fontWeight: 600 } : {}}>
                    {row.nextContact === null
                      ? ''
                      : overdue
                        ? t('cases.list.overdue', { day: textFromIso(row.nextContact) })
                        : textFromIso(row.nextContact)}
                  </Typography>
                </Stack>
              </Box>
            );
          })}
        </Box>
      </Box>
    </Paper>
  );
}
