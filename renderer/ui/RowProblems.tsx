import { Box, Typography } from '@mui/material';
import type { RowError } from './import-errors';
import { useMessage } from './use-message';

/** A row's errors (and notes) as short lines "Column: message", errors first. */
export function RowProblems({
  errors,
  warnings = [],
  columnLabel,
}: {
  errors: readonly RowError[];
  warnings?: readonly RowError[];
  columnLabel: (column: string) => string;
}) {
  const text = useMessage();
  return (
    <Box>
      {errors.map((error) => (
        <Typography key={`e-${error.column}-${error.key}`} variant="body2" color="error">
          {columnLabel(error.column)}: {text(error.key, error.values)}
        </Typography>
      ))}
      {warnings.map((warning) => (
        <Typography key={`w-${warning.column}-${warning.key}`} variant="body2" color="text.secondary">
          {columnLabel(warning.column)}: {text(warning.key, warning.values)}
        </Typography>
      ))}
    </Box>
  );
}
