import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CountTable, protectTable } from '../../../../shared/indicators/disclosure';
import { recomputed } from '../../../support/disclosure-attack';

/** A table of counts with its true totals, as a report prints it. */
const table = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2, max: 5 }))
  .chain(([rows, cols]) =>
    fc.array(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 12 })), {
        minLength: cols,
        maxLength: cols,
      }),
      { minLength: rows, maxLength: rows },
    ),
  )
  .map((cells): CountTable => {
    const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
    const colTotals = (cells[0] ?? []).map((_, c) => cells.reduce((sum, row) => sum + (row[c] ?? 0), 0));
    return { cells, rowTotals, colTotals, total: rowTotals.reduce((a, b) => a + b, 0) };
  });

describe('complementary suppression of a published table', () => {
  it('hides every count from 1 to threshold − 1, and no hidden figure can be recomputed from the printed ones', () => {
    fc.assert(
      fc.property(table, (t) => {
        const hidden = protectTable(t, 5);
        t.cells.forEach((row, r) => {
          row.forEach((v, c) => {
            if (v > 0 && v < 5) expect(hidden.cells[r]?.[c]).toBe(true);
          });
        });
        const count =
          hidden.cells.flat().filter(Boolean).length +
          [...hidden.rowTotals, ...hidden.colTotals, hidden.total].filter(Boolean).length;
        fc.pre(count <= 6);
        expect(recomputed(hidden)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('leaves a table without small counts as it is, and hides a lone small cell together with a partner', () => {
    const big: CountTable = {
      cells: [
        [7, 9],
        [12, 5],
      ],
      rowTotals: [16, 17],
      colTotals: [19, 14],
      total: 33,
    };
    expect(protectTable(big, 5).cells.flat().some(Boolean)).toBe(false);
    const lone: CountTable = {
      cells: [
        [2, 9],
        [12, 6],
      ],
      rowTotals: [11, 18],
      colTotals: [14, 15],
      total: 29,
    };
    const mask = protectTable(lone, 5);
    expect(mask.cells[0]?.[0]).toBe(true);
    expect(mask.complementary.cells.flat().filter(Boolean).length).toBeGreaterThan(0);
    expect(recomputed(mask)).toEqual([]);
  });
});
