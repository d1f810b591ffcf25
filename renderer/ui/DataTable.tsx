import { Box, Paper, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';

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
 * a row is a link: click or Enter opens it, and the rows are one Tab stop (a roving tabindex): the
 * arrow keys, Home and End move between them, so a keyboard user passes a list of 416 units or 100,000
 * cases with one Tab instead of one per row, and the walk out of the table never grows as rows render.
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
  // The row that takes the Tab stop: the last one focused, kept inside the list as it shrinks.
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(rows.length - 1, 0));
  const shownItems = virtualizer.getVirtualItems();
  // Scrolled out of view, that row is not rendered: the first row in view holds the stop instead.
  const stop = shownItems.some((item) => item.index === current) ? current : shownItems[0]?.index;
  const template = columns.map((column) => column.width).join(' ');
  const onKey = (event: KeyboardEvent, row: T, index: number) => {
    if (onOpen === undefined || event.target !== event.currentTarget) return;
    if (event.key === 'Enter') onOpen(row);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    if (next < 0 || next >= rows.length) return;
    setActive(next);
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus(),
    );
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
            {shownItems.map((item) => {
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
                  tabIndex={onOpen === undefined ? undefined : item.index === stop ? 0 : -1}
                  onFocus={onOpen === undefined ? undefined : () => setActive(item.index)}
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
