import { Card, CardContent, Grid, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Figures } from '../../../shared/indicators/figures';
import { BreakdownChart } from './BreakdownChart';

type Props = { cases: Figures['cases']; linkForType: ((type: string) => string) | undefined };

/** Cases of the period by survivor's sex, age group and type of violence. */
export function CaseBreakdowns({ cases, linkForType }: Props) {
  const { t } = useTranslation();
  const seriesLabel = t('dashboard.breakdown.cases');
  return (
    <Card variant="outlined" data-testid="breakdowns">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('dashboard.breakdown.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {cases.total === 0
            ? t('dashboard.breakdown.empty')
            : t('dashboard.breakdown.total', { count: cases.total })}
        </Typography>
        {cases.total > 0 && (
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, md: 6, lg: 3 }}>
              <BreakdownChart
                title={t('dashboard.breakdown.sex')}
                rows={cases.sex}
                label={(code) => t(`store.enum.sex.${code as 'female'}`)}
                seriesLabel={seriesLabel}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 6, lg: 3 }}>
              <BreakdownChart
                title={t('dashboard.breakdown.age')}
                rows={cases.age}
                label={(group) => t('dashboard.breakdown.ageGroup', { group: group.replace('-', '–') })}
                seriesLabel={seriesLabel}
              />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <BreakdownChart
                title={t('dashboard.breakdown.type')}
                rows={cases.type}
                label={(code) => t(`store.enum.gbvType.${code as 'rape'}`)}
                seriesLabel={seriesLabel}
                linkFor={linkForType}
                labelWidth={220}
              />
            </Grid>
          </Grid>
        )}
      </CardContent>
    </Card>
  );
}
