import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A table of the sub-units, a row each: the unit's name as the row header, then right-aligned
 * figures. Wide tables scroll sideways: the region takes focus so the keyboard can scroll it too.
 */
export function UnitsGrid<R extends { code: string }>({
  label,
  caption,
  unitHeader,
  headers,
  rows,
  name,
  cells,
  marked = false,
}: {
  label: string;
  caption?: string;
  unitHeader: string;
  headers: readonly string[];
  rows: readonly R[];
  name: (row: R) => ReactNode;
  /** The row's figures, one per header. */
  cells: (row: R) => readonly ReactNode[];
  /** Rows carry their unit's code (`data-unit`), for tests and drill-downs. */
  marked?: boolean;
}) {
  return (
    <TableContainer tabIndex={0} role="region" aria-label={label}>
      <Table size="small">
        {caption !== undefined && (
          <caption style={{ captionSide: 'top', textAlign: 'left', padding: 0 }}>{caption}</caption>
        )}
        <TableHead>
          <TableRow>
            <TableCell>{unitHeader}</TableCell>
            {headers.map((header) => (
              <TableCell key={header} align="right">
                {header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.code} hover {...(marked ? { 'data-unit': row.code } : {})}>
              <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                {name(row)}
              </TableCell>
              {cells(row).map((cell, i) => (
                <TableCell key={headers[i] ?? i} align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
