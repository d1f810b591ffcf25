import OpenInNewOutlined from '@mui/icons-material/OpenInNewOutlined';
import { Box, Card, CardContent, Chip, LinearProgress, Link, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { IndicatorResult } from '../../../shared/indicators/evaluate';
import { schoolYearFor } from '../../../shared/indicators/periods';
import type { Indicator } from '../../../shared/model';
import { StatusChip } from './StatusChip';
import { useShowResult } from './use-formats';

type Props = {
  indicator: Indicator;
  result: IndicatorResult;
  year: number;
  /** Link to the cases behind the number, for roles that may see case lists. */
  drillTo: string | null;
};

/** One indicator: value, target, progress toward it, status in words and icon, and what it counts. */
export function IndicatorCard({ indicator, result, year, drillTo }: Props) {
  const { t } = useTranslation();
  const shown = useShowResult()(result);
  const hasValue = result.value !== null;
  const progress = result.ofTarget === null ? 0 : Math.min(100, result.ofTarget);
  const schoolYear = `${schoolYearFor(year)}–${schoolYearFor(year) + 1}`;
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid={`indicator-${result.code}`}>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, height: '100%' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Chip label={result.code} size="small" color="primary" sx={{ fontWeight: 600 }} />
          <StatusChip status={result.status} size="small" />
        </Stack>
        <Typography
          variant="body2"
          title={indicator.name}
          sx={{
            display: '-webkit-box',
            WebkitLineClamp: 3,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
            minHeight: '4.2em',
          }}
        >
          {indicator.name}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        {hasValue ? (
          <Typography variant="h3" component="p" data-testid="indicator-value" sx={{ fontWeight: 600 }}>
            {shown.value}
          </Typography>
        ) : (
          <Box>
            <Typography variant="h5" component="p" data-testid="indicator-value" color="text.secondary">
              {t('dashboard.card.noData')}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {t('dashboard.card.noDataHint')}
            </Typography>
          </Box>
        )}
        {result.unit === 'percent' && (
          <Typography variant="caption" color="text.secondary">
            {result.denominator !== null && result.denominator > 0
              ? `${t('dashboard.card.ratio', { numerator: shown.numerator, denominator: shown.denominator })} ${t(`dashboard.basis.${indicator.computation.kind}`, { schoolYear })}`
              : t(`dashboard.basis.${indicator.computation.kind}`, { schoolYear })}
          </Typography>
        )}
        {indicator.computation.kind === 'schoolsWithActivityShare' && (
          <Typography variant="caption" color="text.secondary" data-testid="school-year-note">
            {t('dashboard.card.schoolYearNote', { year, schoolYear, start: schoolYearFor(year) })}
          </Typography>
        )}
        <LinearProgress
          variant="determinate"
          value={progress}
          color={result.status === 'met' ? 'success' : result.status === 'check' ? 'error' : 'primary'}
          aria-label={t('dashboard.card.progressLabel', {
            code: result.code,
            value: shown.value,
            target: shown.target,
          })}
          sx={{ height: 8, borderRadius: 4 }}
        />
        <Stack direction="row" sx={{ justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="body2">
            {result.target === null
              ? t('dashboard.card.noTarget')
              : t('dashboard.card.target', { year: result.target.year, target: shown.target })}
          </Typography>
          {result.ofTarget !== null && (
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {t('dashboard.card.ofTarget', { value: shown.ofTarget })}
            </Typography>
          )}
        </Stack>
        {result.numeratorExceedsDenominator && (
          <Typography variant="caption" color="error">
            {t('dashboard.card.exceeds')}
          </Typography>
        )}
        {drillTo !== null && (
          <Link
            component={RouterLink}
            to={drillTo}
            variant="body2"
            sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'center' }}
          >
            {t('dashboard.card.drill')}
            <OpenInNewOutlined fontSize="inherit" />
          </Link>
        )}
      </CardContent>
    </Card>
  );
}
