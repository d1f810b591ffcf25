import { Box, Paper, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type ReactNode, useRef } from 'react';

export type Column<T> = {
  key: string;
  header: ReactNode;
  width: string;
  render: (row: T) => ReactNode;
  /** The column's sort state, said to a screen reader (the header then holds the sort button). */
  sort?: 'ascending' | 'descending' | 'none';
  /** Figures line up on the right. */
  align?: 'right';
};

/**
 * The one table of the app: an ARIA table that renders only the rows in view, so 100,000 cases, a
 * register of 300,000 people or a 2,000-row import preview scroll as smoothly as ten. Rows may wrap
 * (error lists; their height is measured as they render) or have a fixed `rowHeight`. With `onOpen`
 * a row is a link: click or Enter opens it, the arrow keys move between rows.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  label,
  height = 480,
  minHeight,
  estimate = 44,
  rowHeight,
  empty,
  rowSx,
  rowTestId,
  onOpen,
}: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  label?: string;
  /** The scrolling body's height: pixels, or a CSS length such as `calc(100vh - 420px)`. */
  height?: number | string;
  minHeight?: number;
  estimate?: number;
  rowHeight?: number;
  empty?: ReactNode;
  rowSx?: (row: T) => object;
  /** A page model's handle on a row (`dhis2-unit-502`). */
  rowTestId?: (row: T) => string;
  onOpen?: (row: T) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight ?? estimate,
    overscan: 8,
  });
  const template = columns.map((column) => column.width).join(' ');
  const onKey = (event: KeyboardEvent, row: T, index: number) => {
    if (onOpen === undefined) return;
    if (event.key === 'Enter') onOpen(row);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0 || next >= rows.length) return;
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() =>
        scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus(),
      );
    }
  };
  const fixedHeight = typeof height === 'string';
  return (
    <Paper
      variant="outlined"
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      sx={{ overflow: 'hidden' }}
    >
      <Box
        role="row"
        aria-rowindex={1}
        sx={{
          display: 'grid',
          gridTemplateColumns: template,
          alignItems: 'center',
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: 'action.hover',
        }}
      >
        {columns.map((column) => (
          <Typography
            key={column.key}
            role="columnheader"
            aria-sort={column.sort}
            variant="subtitle2"
            component="div"
            sx={{ px: 1.5, py: 1, whiteSpace: 'nowrap', textAlign: column.align }}
          >
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
          // Rows that do not open take no focus: the scrolling body does, so the keyboard can scroll
          // rows that have no control in them (axe: scrollable-region-focusable).
          tabIndex={onOpen === undefined ? 0 : undefined}
          sx={{
            [fixedHeight ? 'height' : 'maxHeight']: height,
            minHeight,
            overflowY: 'auto',
            position: 'relative',
          }}
        >
          <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (row === undefined) return null;
              return (
                <Box
                  key={rowKey(row)}
                  ref={rowHeight === undefined ? virtualizer.measureElement : undefined}
                  data-index={item.index}
                  data-testid={rowTestId?.(row)}
                  role="row"
                  aria-rowindex={item.index + 2}
                  tabIndex={onOpen === undefined ? undefined : 0}
                  onClick={onOpen === undefined ? undefined : () => onOpen(row)}
                  onKeyDown={onOpen === undefined ? undefined : (event) => onKey(event, row, item.index)}
                  sx={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    width: '100%',
                    height: rowHeight,
                    transform: `translateY(${item.start}px)`,
                    display: 'grid',
                    gridTemplateColumns: template,
                    alignItems: 'center',
                    borderBottom: 1,
                    borderColor: 'divider',
                    ...(onOpen === undefined
                      ? {}
                      : {
                          cursor: 'pointer',
                          '&:hover, &:focus-visible': { bgcolor: 'action.hover', outline: 'none' },
                          '&:focus-visible': {
                            boxShadow: (theme: { palette: { primary: { main: string } } }) =>
                              `inset 3px 0 0 ${theme.palette.primary.main}`,
                          },
                        }),
                    ...rowSx?.(row),
                  }}
                >
                  {columns.map((column) => (
                    <Box
                      key={column.key}
                      role="cell"
                      sx={{
                        px: 1.5,
                        py: 0.75,
                        minWidth: 0,
                        overflowWrap: 'anywhere',
                        textAlign: column.align,
                      }}
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
