import { Card, CardContent, Typography } from '@mui/material';
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
                data: trend.map((p) => String(p.year)),
                scaleType: 'point',
                label: t('dashboard.trend.axis'),
              },
            ]}
            yAxis={[{ min: 0, max: 100, label: t('dashboard.trend.value') }]}
            grid={{ horizontal: true }}
          />
        ) : (
          <Typography sx={{ py: 4 }} color="text.secondary">
            {t('dashboard.trend.empty')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
