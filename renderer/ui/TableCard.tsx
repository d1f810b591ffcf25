import { Alert, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { type Column, DataTable } from './DataTable';
import { useErrorText } from './use-error-text';

/**
 * A card that lists what a read returned: its heading, then the read's failure (never shown as an
 * empty list), nothing while the first answer is awaited, a calm line when there is nothing, or
 * the rows in the kit's table. `children` follow the table (a dialog the rows open, a summary).
 */
export function TableCard<T>({
  heading,
  headingId,
  error,
  rows,
  empty,
  label,
  columns,
  rowKey,
  children,
}: {
  heading: string;
  headingId?: string;
  error: unknown;
  /** undefined while the first answer is awaited. */
  rows: readonly T[] | undefined;
  empty: string;
  /** The table's accessible name. */
  label: string;
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  children?: ReactNode;
}) {
  const errorText = useErrorText();
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography variant="h2" sx={{ mb: 2 }} id={headingId}>
        {heading}
      </Typography>
      {error !== null && error !== undefined ? (
        <Alert severity="error" role="alert">
          {errorText(error)}
        </Alert>
      ) : rows === undefined ? null : rows.length === 0 ? (
        <Alert severity="info">{empty}</Alert>
      ) : (
        <DataTable rows={rows} columns={columns} rowKey={rowKey} label={label} />
      )}
      {children}
    </Paper>
  );
}
