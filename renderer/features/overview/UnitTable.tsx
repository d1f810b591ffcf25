import { Card, CardContent, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { IndicatorResult } from '../../../shared/indicators/evaluate';
import { StatusChip } from './StatusChip';
import { UnitsGrid } from './UnitsGrid';
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
          <UnitsGrid
            label={t('dashboard.units.title')}
            unitHeader={t('dashboard.units.unit')}
            headers={[t('dashboard.units.cases'), ...codes]}
            rows={rows}
            name={(row) => row.name}
            cells={(row) => [
              row.cases,
              ...codes.map((code) => {
                const result = row.results.find((r) => r.code === code);
                if (result === undefined) return null;
                return result.value === null ? (
                  <StatusChip key={code} status="noData" size="small" />
                ) : (
                  <span key={code}>
                    {show(result).value}{' '}
                    <Typography component="span" variant="caption" color="text.secondary">
                      {t(`dashboard.status.${result.status}`)}
                    </Typography>
                  </span>
                );
              }),
            ]}
          />
        )}
      </CardContent>
    </Card>
  );
}
