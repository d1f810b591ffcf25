import { Box, Link, Stack, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { Link as RouterLink } from 'react-router';
import type { BreakdownRow } from '../../../shared/indicators/breakdown';

type Props = {
  title: string;
  rows: readonly BreakdownRow[];
  label: (code: string) => string;
  seriesLabel: string;
  /** Drill-down per bar, for roles that may see case lists. */
  linkFor?: ((code: string) => string) | undefined;
  /** Room for the category names beside the bars. */
  labelWidth?: number;
};

/** One breakdown as horizontal bars, with the figures also written out (readable without the chart). */
export function BreakdownChart({ title, rows, label, seriesLabel, linkFor, labelWidth = 80 }: Props) {
  const shown = rows.filter((r) => r.count > 0);
  return (
    <Box>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {shown.length > 0 && (
        <BarChart
          layout="horizontal"
          height={Math.max(120, 40 * shown.length + 40)}
          yAxis={[{ data: shown.map((r) => label(r.code)), scaleType: 'band', width: labelWidth }]}
          series={[{ data: shown.map((r) => r.count), label: seriesLabel }]}
          hideLegend
        />
      )}
      <Stack component="ul" sx={{ m: 0, pl: 2 }}>
        {shown.map((r) => (
          <Typography component="li" variant="body2" key={r.code}>
            {linkFor === undefined ? (
              `${label(r.code)}: ${r.count}`
            ) : (
              <Link component={RouterLink} to={linkFor(r.code)}>{`${label(r.code)}: ${r.count}`}</Link>
            )}
          </Typography>
        ))}
      </Stack>
    </Box>
  );
}
