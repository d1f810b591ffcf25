import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CountTable, type HiddenMask, protectTable } from '../../../../shared/indicators/disclosure.ts';

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

/**
 * The attacker, written apart from the report's own check: the printed table's lines are linear
 * equations in the hidden figures; a hidden figure is recomputed when the equations fix it, that is
 * when dropping its column lowers the rank of the system (exact rank, over fractions as BigInt).
 */
function recomputed(t: CountTable, hidden: HiddenMask): string[] {
  const names: string[] = [];
  const isHidden: boolean[] = [];
  t.cells.forEach((row, r) => {
    row.forEach((_, c) => {
      names.push(`cell ${r},${c}`);
      isHidden.push(hidden.cells[r]?.[c] === true);
    });
  });
  t.rowTotals.forEach((_, r) => {
    names.push(`row ${r}`);
    isHidden.push(hidden.rowTotals[r] === true);
  });
  t.colTotals.forEach((_, c) => {
    names.push(`col ${c}`);
    isHidden.push(hidden.colTotals[c] === true);
  });
  names.push('total');
  isHidden.push(hidden.total);
  const rows = t.cells.length;
  const cols = t.colTotals.length;
  const cell = (r: number, c: number) => r * cols + c;
  const rowTotal = (r: number) => rows * cols + r;
  const colTotal = (c: number) => rows * cols + rows + c;
  const total = rows * cols + rows + cols;
  const lines: [number[], number][] = [
    ...Array.from({ length: rows }, (_, r): [number[], number] => [
      Array.from({ length: cols }, (_, c) => cell(r, c)),
      rowTotal(r),
    ]),
    ...Array.from({ length: cols }, (_, c): [number[], number] => [
      Array.from({ length: rows }, (_, r) => cell(r, c)),
      colTotal(c),
    ]),
    [Array.from({ length: rows }, (_, r) => rowTotal(r)), total],
    [Array.from({ length: cols }, (_, c) => colTotal(c)), total],
  ];
  const unknown = isHidden.flatMap((h, i) => (h ? [i] : []));
  const system = lines.map(([parts, sum]) =>
    unknown.map((i) => (parts.includes(i) ? 1n : 0n) - (i === sum ? 1n : 0n)),
  );
  const rank = (m: bigint[][]): number => {
    const a = m.map((row) => [...row]);
    let r = 0;
    for (let c = 0; c < (a[0]?.length ?? 0) && r < a.length; c += 1) {
      const p = a.findIndex((row, i) => i >= r && row[c] !== 0n);
      if (p < 0) continue;
      [a[r], a[p]] = [a[p] ?? [], a[r] ?? []];
      const pivot = a[r] ?? [];
      for (let i = 0; i < a.length; i += 1) {
        const row = a[i] ?? [];
        if (i === r || row[c] === 0n) continue;
        const f = row[c] ?? 0n;
        const g = pivot[c] ?? 1n;
        for (let k = 0; k < row.length; k += 1) row[k] = (row[k] ?? 0n) * g - (pivot[k] ?? 0n) * f;
      }
      r += 1;
    }
    return r;
  };
  const full = rank(system);
  return unknown
    .filter((_, k) => rank(system.map((row) => row.filter((_, j) => j !== k))) < full)
    .map((i) => names[i] ?? '?');
}

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
        expect(recomputed(t, hidden)).toEqual([]);
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
    expect(recomputed(lone, mask)).toEqual([]);
  });
});
