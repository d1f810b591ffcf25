import ChevronRightOutlined from '@mui/icons-material/ChevronRightOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import ExpandMoreOutlined from '@mui/icons-material/ExpandMoreOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import {
  Box,
  Chip,
  IconButton,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, type UnitRecord, unitValidOn } from '../../../../shared/model';
import { showDay } from '../import/cells';
import { flattenUnitTree } from './unit-tree';
import { dayAfter, successorNames } from './unit-validity';

/** The unit tree as an indented table: validity dd/MM/yyyy, successors and the date they take over. */
export function UnitTreeTable({
  units,
  onEdit,
}: {
  units: readonly UnitRecord[];
  onEdit: ((unit: UnitRecord) => void) | undefined;
}) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const nodes = useMemo(() => flattenUnitTree(units, collapsed), [units, collapsed]);
  const byCode = useMemo(() => new Map(units.map((unit) => [unit.code, unit])), [units]);
  const today = todayIso();
  const toggle = (code: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('programme.tabs.units')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('programme.units.name')}</TableCell>
            <TableCell>{t('programme.units.code')}</TableCell>
            <TableCell>{t('programme.units.level')}</TableCell>
            <TableCell>{t('programme.units.validity')}</TableCell>
            <TableCell>{t('programme.units.successors')}</TableCell>
            <TableCell>{t('programme.units.source')}</TableCell>
            {onEdit !== undefined && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {nodes.map(({ unit, depth, childCount }) => {
            const valid = unitValidOn(unit, today);
            const open = !collapsed.has(unit.code);
            return (
              <TableRow key={unit.code} hover>
                <TableCell>
                  <Box sx={{ display: 'flex', alignItems: 'center', pl: depth * 3 }}>
                    {childCount > 0 ? (
                      <IconButton
                        size="small"
                        onClick={() => toggle(unit.code)}
                        aria-expanded={open}
                        aria-label={t(open ? 'programme.units.collapse' : 'programme.units.expand', {
                          name: unit.name,
                        })}
                      >
                        {open ? (
                          <ExpandMoreOutlined fontSize="small" />
                        ) : (
                          <ChevronRightOutlined fontSize="small" />
                        )}
                      </IconButton>
                    ) : (
                      <Box sx={{ width: 34 }} />
                    )}
                    <Typography component="span" sx={{ fontWeight: depth === 0 ? 600 : 400 }}>
                      {t(`programme.units.kindName.${unit.kind}`)} {unit.name}
                    </Typography>
                  </Box>
                </TableCell>
                <TableCell>{unit.code}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {t(`programme.units.levelName.${unit.level}`)}
                </TableCell>
                <TableCell>
                  <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                    <span>
                      {unit.validFrom === null && unit.validTo === null
                        ? t('programme.units.always')
                        : [
                            unit.validFrom === null
                              ? null
                              : t('programme.units.from', { date: showDay(unit.validFrom) }),
                            unit.validTo === null
                              ? null
                              : t('programme.units.until', { date: showDay(unit.validTo) }),
                          ]
                            .filter((part) => part !== null)
                            .join(' ')}
                    </span>
                    {!valid && (
                      <Chip
                        size="small"
                        variant="outlined"
                        icon={<HistoryOutlined />}
                        label={t('programme.units.ended')}
                      />
                    )}
                  </Box>
                </TableCell>
                <TableCell>
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
                </TableCell>
                <TableCell>
                  {/* The citation's first part (resolution and article); the whole, links included, on hover. */}
                  {unit.source === null ? (
                    t('programme.common.none')
                  ) : (
                    <Tooltip title={unit.source}>
                      <Typography variant="body2" component="span">
                        {unit.source.split(' | ')[0]}
                      </Typography>
                    </Tooltip>
                  )}
                </TableCell>
                {onEdit !== undefined && (
                  <TableCell align="right">
                    <Tooltip title={t('programme.common.edit')}>
                      <IconButton
                        size="small"
                        onClick={() => onEdit(unit)}
                        aria-label={`${t('programme.common.edit')} ${unit.name}`}
                      >
                        <EditOutlined fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
