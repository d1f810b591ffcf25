import OpenInNewOutlined from '@mui/icons-material/OpenInNewOutlined';
import { Box, Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Timeliness } from '../../../shared/indicators/timeliness';
import { UnitsGrid } from './UnitsGrid';
import { useLocaleTag } from './use-formats';

export type TimelinessRow = {
  code: string;
  name: string;
  timeliness: Timeliness;
  /** The unit's cases of the period, and those of them overdue; null for roles without case lists. */
  casesLink: string | null;
  overdueLink: string | null;
};

type Props = { unit: TimelinessRow; rows: readonly TimelinessRow[]; today: string };

/** Median days from report to first service, cases not yet served and follow-ups overdue, per unit. */
export function TimelinessCard({ unit, rows, today }: Props) {
  const { t } = useTranslation();
  const locale = useLocaleTag();
  const days = (value: Timeliness) =>
    value.medianDays === null
      ? '—'
      : value.medianBeyond
        ? t('dashboard.timeliness.beyond')
        : t('dashboard.timeliness.days', { value: value.medianDays.toLocaleString(locale) });
  const drill = (to: string | null, label: string) =>
    to === null ? null : (
      <Link
        component={RouterLink}
        to={to}
        variant="body2"
        sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'center' }}
      >
        {label}
        <OpenInNewOutlined fontSize="inherit" />
      </Link>
    );
  const { timeliness } = unit;
  const [y, m, d] = today.split('-');
  return (
    <Card variant="outlined" data-testid="timeliness">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('dashboard.timeliness.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('dashboard.timeliness.caption', { today: `${d}/${m}/${y}` })}
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4} sx={{ mb: 2 }}>
          <Box data-testid="timeliness-median">
            <Typography variant="body2">{t('dashboard.timeliness.median')}</Typography>
            <Typography variant="h4" component="p" sx={{ fontWeight: 600 }}>
              {days(timeliness)}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="p">
              {t('dashboard.timeliness.served', { n: timeliness.served.toLocaleString(locale) })}
            </Typography>
            {drill(unit.casesLink, t('dashboard.timeliness.drillCases'))}
          </Box>
          <Box data-testid="timeliness-not-served">
            <Typography variant="body2">{t('dashboard.timeliness.notServed')}</Typography>
            <Typography variant="h4" component="p" sx={{ fontWeight: 600 }}>
              {timeliness.notServed.toLocaleString(locale)}
            </Typography>
          </Box>
          <Box data-testid="timeliness-overdue">
            <Typography variant="body2">{t('dashboard.timeliness.overdue')}</Typography>
            <Typography variant="h4" component="p" sx={{ fontWeight: 600 }}>
              {timeliness.overdue.toLocaleString(locale)}
            </Typography>
            {timeliness.overdue > 0 && drill(unit.overdueLink, t('dashboard.timeliness.drillOverdue'))}
          </Box>
        </Stack>
        {rows.length > 0 && (
          <UnitsGrid
            label={t('dashboard.timeliness.byUnit')}
            caption={t('dashboard.timeliness.byUnit')}
            unitHeader={t('dashboard.units.unit')}
            headers={[
              t('dashboard.timeliness.colMedian'),
              t('dashboard.timeliness.colServed'),
              t('dashboard.timeliness.colNotServed'),
              t('dashboard.timeliness.colOverdue'),
            ]}
            rows={rows}
            marked
            name={(row) =>
              row.casesLink === null ? (
                row.name
              ) : (
                <Link component={RouterLink} to={row.casesLink}>
                  {row.name}
                </Link>
              )
            }
            cells={(row) => [
              days(row.timeliness),
              row.timeliness.served.toLocaleString(locale),
              row.timeliness.notServed.toLocaleString(locale),
              row.overdueLink === null || row.timeliness.overdue === 0 ? (
                row.timeliness.overdue.toLocaleString(locale)
              ) : (
                <Link
                  key="overdue"
                  component={RouterLink}
                  to={row.overdueLink}
                  aria-label={t('dashboard.timeliness.overdueOf', {
                    n: row.timeliness.overdue.toLocaleString(locale),
                    unit: row.name,
                  })}
                >
                  {row.timeliness.overdue.toLocaleString(locale)}
                </Link>
              ),
            ]}
          />
        )}
      </CardContent>
    </Card>
  );
}
