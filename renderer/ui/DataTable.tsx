import { Box, Paper, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';

export type Column<T> = { key: string; header: string; width: string; render: (row: T) => ReactNode };

/**
 * A table that renders only the rows in view, so 100,000 people or a 2,000-row import preview
 * scroll as smoothly as ten. Rows may wrap (error lists); their height is measured as they render.
 */
export function VirtualTable<T>({
  rows,
  columns,
  rowKey,
  label,
  height = 480,
  estimate = 44,
  empty,
  rowSx,
}: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  label: string;
  height?: number;
  estimate?: number;
  empty?: ReactNode;
  rowSx?: (row: T) => object;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    overscan: 8,
  });
  const template = columns.map((column) => column.width).join(' ');
  return (
    <Paper variant="outlined" role="table" aria-label={label} aria-rowcount={rows.length + 1}>
      <Box
        role="row"
        aria-rowindex={1}
        sx={{
          display: 'grid',
          gridTemplateColumns: template,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: 'action.hover',
        }}
      >
        {columns.map((column) => (
          <Typography key={column.key} role="columnheader" variant="subtitle2" sx={{ px: 1.5, py: 1 }}>
            {column.header}
          </Typography>
        ))}
      </Box>
      {rows.length === 0 && empty !== undefined ? (
        <Box sx={{ p: 2 }}>{empty}</Box>
      ) : (
        <Box
          ref={scroller}
          role="rowgroup"
          sx={{ maxHeight: height, overflowY: 'auto', position: 'relative' }}
        >
          <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (row === undefined) return null;
              return (
                <Box
                  key={rowKey(row)}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  role="row"
                  aria-rowindex={item.index + 2}
                  sx={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    width: '100%',
                    transform: `translateY(${item.start}px)`,
                    display: 'grid',
                    gridTemplateColumns: template,
                    alignItems: 'center',
                    borderBottom: 1,
                    borderColor: 'divider',
                    ...rowSx?.(row),
                  }}
                >
                  {columns.map((column) => (
                    <Box
                      key={column.key}
                      role="cell"
                      sx={{ px: 1.5, py: 0.75, minWidth: 0, overflowWrap: 'anywhere' }}
                    >
                      {column.render(row)}
                    </Box>
                  ))}
                </Box>
              );
            })}
          </Box>
        </Box>
      )}
    </Paper>
  );
}
