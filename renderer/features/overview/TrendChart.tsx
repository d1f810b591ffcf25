import {
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslation } from 'react-i18next';
import type { IndicatorResult } from '../../../shared/indicators/evaluate';
import { formatPercent } from '../../../shared/indicators/suppression';
import { useLocaleTag } from './use-formats';

type Props = { trend: { year: number; results: IndicatorResult[] }[]; codes: readonly string[] };

/** Each share indicator year by year; a year without data is a gap, not a zero. */
export function TrendChart({ trend, codes }: Props) {
  const { t } = useTranslation();
  const locale = useLocaleTag();
  const series = codes.map((code) => ({
    id: code,
    label: code,
    data: trend.map(
      (point) => point.results.find((r) => r.code === code && r.unit === 'percent')?.value ?? null,
    ),
    valueFormatter: (value: number | null) =>
      value === null ? t('dashboard.card.noData') : formatPercent(value, { locale }),
    showMark: true,
    curve: 'linear' as const,
  }));
  const anyData = series.some((s) => s.data.some((v) => v !== null));
  return (
    <Card variant="outlined" data-testid="trend">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('dashboard.trend.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('dashboard.trend.caption')}
        </Typography>
        {anyData ? (
          <LineChart
            height={280}
            series={series}
            xAxis={[
              {
                data: trend.map((p) => p.year),
                valueFormatter: (year: number) => String(year),
                scaleType: 'point',
                height: 28,
                // Every year is labelled: a plan has only a handful.
                tickLabelInterval: () => true,
              },
            ]}
            yAxis={[{ min: 0, max: 100, label: t('dashboard.trend.value') }]}
            grid={{ horizontal: true }}
          />
        ) : null}
        {anyData ? (
          // The same figures as a table: readable without telling colours or marks apart.
          <Table size="small" aria-label={t('dashboard.trend.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('dashboard.trend.axis')}</TableCell>
                {codes.map((code) => (
                  <TableCell key={code} align="right">
                    {code}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {trend.map((point, row) => (
                <TableRow key={point.year}>
                  <TableCell component="th" scope="row">
                    {point.year}
                  </TableCell>
                  {series.map((s) => (
                    <TableCell key={s.id} align="right">
                      {s.data[row] === null || s.data[row] === undefined
                        ? '—'
                        : formatPercent(s.data[row] ?? 0, { locale })}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography sx={{ py: 4 }} color="text.secondary">
            {t('dashboard.trend.empty')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
