import {
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { IndicatorResult } from '../../../shared/indicators/evaluate';
import { StatusChip } from './StatusChip';
import { useShowResult } from './use-formats';

export type UnitRow = { code: string; name: string; cases: number; results: IndicatorResult[] };

/** Each subordinate unit's indicators for the period, so the lagging ones stand out. */
export function UnitTable({ rows, codes }: { rows: readonly UnitRow[]; codes: readonly string[] }) {
  const { t } = useTranslation();
  const show = useShowResult();
  return (
    <Card variant="outlined" data-testid="units">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('dashboard.units.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {rows.length === 0 ? t('dashboard.units.empty') : t('dashboard.units.caption')}
        </Typography>
        {rows.length > 0 && (
          // Wide tables scroll sideways: the region takes focus so the keyboard can scroll it too.
          <TableContainer tabIndex={0} role="region" aria-label={t('dashboard.units.title')}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('dashboard.units.unit')}</TableCell>
                  <TableCell align="right">{t('dashboard.units.cases')}</TableCell>
                  {codes.map((code) => (
                    <TableCell key={code} align="right">
                      {code}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.code} hover>
                    <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                      {row.name}
                    </TableCell>
                    <TableCell align="right">{row.cases}</TableCell>
                    {codes.map((code) => {
                      const result = row.results.find((r) => r.code === code);
                      if (result === undefined) return <TableCell key={code} />;
                      return (
                        <TableCell key={code} align="right" sx={{ whiteSpace: 'nowrap' }}>
                          {result.value === null ? (
                            <StatusChip status="noData" size="small" />
                          ) : (
                            <>
                              {show(result).value}{' '}
                              <Typography component="span" variant="caption" color="text.secondary">
                                {t(`dashboard.status.${result.status}`)}
                              </Typography>
                            </>
                          )}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </CardContent>
    </Card>
  );
}
