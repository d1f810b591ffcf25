import ChevronRightOutlined from '@mui/icons-material/ChevronRightOutlined';
import ExpandMoreOutlined from '@mui/icons-material/ExpandMoreOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import { Box, Chip, IconButton, Tooltip, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, type UnitRecord, unitValidOn } from '../../../../shared/model';
import { foldVietnamese } from '../../../../shared/text/fold';
import { type Column, DataTable } from '../../../ui/DataTable';
import { showDay } from '../import/cells';
import { flattenUnitTree, type UnitNode } from './unit-tree';
import { dayAfter, successorNames } from './unit-validity';

/**
 * The unit tree as an indented table: validity dd/MM/yyyy, successors and the date they take over.
 * Only the rows in view are rendered (the shipped tree holds 416 units; drawn whole it took seconds to
 * open on an office PC), and `query` narrows it to the units whose name or code holds it.
 */
export function UnitTreeTable({
  units,
  query,
  onEdit,
}: {
  units: readonly UnitRecord[];
  query: string;
  onEdit: ((unit: UnitRecord) => void) | undefined;
}) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const folded = foldVietnamese(query);
  const nodes = useMemo(() => {
    if (folded === '') return flattenUnitTree(units, collapsed);
    return flattenUnitTree(
      units,
      collapsed,
      (unit) => unit.code.startsWith(folded) || foldVietnamese(unit.name).includes(folded),
    );
  }, [units, collapsed, folded]);
  const byCode = useMemo(() => new Map(units.map((unit) => [unit.code, unit])), [units]);
  const today = todayIso();
  const toggle = (code: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  const columns: Column<UnitNode>[] = [
    {
      key: 'name',
      header: t('programme.units.name'),
      width: 'minmax(260px, 2fr)',
      render: ({ unit, depth, childCount }) => {
        const open = folded !== '' || !collapsed.has(unit.code);
        return (
          <Box sx={{ display: 'flex', alignItems: 'center', pl: depth * 3 }}>
            {childCount > 0 && folded === '' ? (
              <IconButton
                size="small"
                // The row itself opens the unit for editing: the arrow must not do that too.
                onClick={(event) => {
                  event.stopPropagation();
                  toggle(unit.code);
                }}
                aria-expanded={open}
                aria-label={t(open ? 'programme.units.collapse' : 'programme.units.expand', {
                  name: unit.name,
                })}
              >
                {open ? <ExpandMoreOutlined fontSize="small" /> : <ChevronRightOutlined fontSize="small" />}
              </IconButton>
            ) : (
              <Box sx={{ width: 34, flexShrink: 0 }} />
            )}
            <Typography component="span" sx={{ fontWeight: depth === 0 ? 600 : 400 }}>
              {t(`programme.units.kindName.${unit.kind}`)} {unit.name}
            </Typography>
          </Box>
        );
      },
    },
    { key: 'code', header: t('programme.units.code'), width: '80px', render: ({ unit }) => unit.code },
    {
      key: 'level',
      header: t('programme.units.level'),
      width: '165px',
      render: ({ unit }) => (
        <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
          {t(`programme.units.levelName.${unit.level}`)}
        </Box>
      ),
    },
    {
      key: 'validity',
      header: t('programme.units.validity'),
      width: 'minmax(150px, 1fr)',
      render: ({ unit }) => (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <span>
            {unit.validFrom === null && unit.validTo === null
              ? t('programme.units.always')
              : [
                  unit.validFrom === null
                    ? null
                    : t('programme.units.from', { date: showDay(unit.validFrom) }),
                  unit.validTo === null ? null : t('programme.units.until', { date: showDay(unit.validTo) }),
                ]
                  .filter((part) => part !== null)
                  .join(' ')}
          </span>
          {!unitValidOn(unit, today) && (
            <Chip
              size="small"
              variant="outlined"
              icon={<HistoryOutlined />}
              label={t('programme.units.ended')}
            />
          )}
        </Box>
      ),
    },
    {
      key: 'successors',
      header: t('programme.units.successors'),
      width: 'minmax(190px, 1.4fr)',
      render: ({ unit }) => (
        <>
          {unit.successorCodes.length === 0
            ? t('programme.common.none')
            : t('programme.units.successorFrom', {
                names: successorNames(unit, byCode),
                date: unit.validTo === null ? '' : showDay(dayAfter(unit.validTo)),
              })}
          {unit.formerParentCode !== null && (
            <Typography variant="body2" color="text.secondary">
              {t('programme.units.keptCode', {
                name: byCode.get(unit.formerParentCode)?.name ?? unit.formerParentCode,
              })}
            </Typography>
          )}
        </>
      ),
    },
    {
      key: 'source',
      header: t('programme.units.source'),
      width: 'minmax(150px, 1fr)',
      // The citation's first part (resolution and article); the whole, links included, on hover.
      render: ({ unit }) =>
        unit.source === null ? (
          t('programme.common.none')
        ) : (
          <Tooltip title={unit.source}>
            <Typography variant="body2" component="span">
              {unit.source.split(' | ')[0]}
            </Typography>
          </Tooltip>
        ),
    },
  ];
  return (
    <DataTable<UnitNode>
      rows={nodes}
      columns={columns}
      rowKey={({ unit }) => unit.code}
      label={t('programme.tabs.units')}
      // Once scrolled to, the table fills the window; the whole tree scrolls inside it.
      height="calc(100vh - 160px)"
      minHeight={420}
      onOpen={onEdit === undefined ? undefined : ({ unit }) => onEdit(unit)}
      empty={<Typography color="text.secondary">{t('programme.units.noMatch', { query })}</Typography>}
    />
  );
}
