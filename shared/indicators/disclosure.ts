import { isSmallCell } from './suppression';

/**
 * Disclosure control for a published table with totals (statistical offices' cell suppression):
 * a count from 1 to threshold − 1 is hidden (primary suppression), and then as many other cells as
 * it takes (complementary suppression) so that no hidden figure can be worked out from what is
 * printed: the rows, columns, row totals, column totals and the grand total, which add up.
 *
 * "Worked out" is decided exactly, as an attacker with a spreadsheet would: every printed line is
 * an equation, every hidden figure an unknown, and a hidden figure is disclosed when the equations
 * fix its value (its unit vector lies in the row space of the system, found by Gaussian
 * elimination). Complementary cells are added one at a time, the smallest candidate in the
 * disclosed figure's row or column first, until nothing hidden is fixed.
 */
export type CountTable = {
  cells: readonly (readonly number[])[];
  rowTotals: readonly number[];
  colTotals: readonly number[];
  total: number;
};

export type HiddenMask = {
  cells: boolean[][];
  rowTotals: boolean[];
  colTotals: boolean[];
  total: boolean;
  /** True where the figure is hidden only to protect another (shown differently from "< n"). */
  complementary: { cells: boolean[][]; rowTotals: boolean[]; colTotals: boolean[] };
};

/** A figure of the table: a cell [r, c], a row total [r, -1], a column total [-1, c] or the total [-1, -1]. */
type Pos = readonly [row: number, col: number];

function entries(table: CountTable): { pos: Pos; value: number }[] {
  const out: { pos: Pos; value: number }[] = [];
  table.cells.forEach((row, r) => {
    row.forEach((value, c) => {
      out.push({ pos: [r, c], value });
    });
  });
  table.rowTotals.forEach((value, r) => {
    out.push({ pos: [r, -1], value });
  });
  table.colTotals.forEach((value, c) => {
    out.push({ pos: [-1, c], value });
  });
  out.push({ pos: [-1, -1], value: table.total });
  return out;
}

/**
 * The lines of the table as equations over its figures (coefficients by entry index): each row's
 * cells minus its total, each column's cells minus its total, the row totals minus the grand total
 * and the column totals minus the grand total.
 */
function equations(table: CountTable, index: (pos: Pos) => number): Map<number, number>[] {
  const rows = table.cells.length;
  const cols = table.colTotals.length;
  const out: Map<number, number>[] = [];
  const line = (cells: Pos[], total: Pos) => {
    const eq = new Map<number, number>();
    for (const p of cells) eq.set(index(p), 1);
    eq.set(index(total), -1);
    out.push(eq);
  };
  for (let r = 0; r < rows; r += 1)
    line(
      Array.from({ length: cols }, (_, c): Pos => [r, c]),
      [r, -1],
    );
  for (let c = 0; c < cols; c += 1)
    line(
      Array.from({ length: rows }, (_, r): Pos => [r, c]),
      [-1, c],
    );
  line(
    Array.from({ length: rows }, (_, r): Pos => [r, -1]),
    [-1, -1],
  );
  line(
    Array.from({ length: cols }, (_, c): Pos => [-1, c]),
    [-1, -1],
  );
  return out;
}

const EPS = 1e-9;

/**
 * Which hidden figures the printed ones fix (the attack): reduces the equations restricted to the
 * hidden unknowns to row echelon form; an unknown is fixed when some reduced row has it as its only
 * nonzero coefficient.
 */
export function disclosedFigures(table: CountTable, hidden: HiddenMask): Pos[] {
  const all = entries(table);
  const key = (p: Pos) => `${p[0]},${p[1]}`;
  const at = new Map(all.map((e, i) => [key(e.pos), i]));
  const index = (p: Pos) => at.get(key(p)) ?? -1;
  const isHidden = (p: Pos) =>
    p[0] >= 0 && p[1] >= 0
      ? (hidden.cells[p[0]]?.[p[1]] ?? false)
      : p[0] >= 0
        ? (hidden.rowTotals[p[0]] ?? false)
        : p[1] >= 0
          ? (hidden.colTotals[p[1]] ?? false)
          : hidden.total;
  const unknowns = all.map((e, i) => ({ ...e, i })).filter((e) => isHidden(e.pos));
  const column = new Map(unknowns.map((u, k) => [u.i, k]));
  const matrix = equations(table, index)
    .map((eq) => {
      const row = new Array<number>(unknowns.length).fill(0);
      for (const [i, coefficient] of eq) {
        const k = column.get(i);
        if (k !== undefined) row[k] = coefficient;
      }
      return row;
    })
    .filter((row) => row.some((v) => Math.abs(v) > EPS));
  // Reduced row echelon form.
  let lead = 0;
  for (let r = 0; r < matrix.length && lead < unknowns.length; lead += 1) {
    const pivot = matrix.findIndex((row, i) => i >= r && Math.abs(row[lead] ?? 0) > EPS);
    if (pivot < 0) continue;
    const swap = matrix[pivot] ?? [];
    matrix[pivot] = matrix[r] ?? [];
    matrix[r] = swap;
    const p = swap[lead] ?? 1;
    for (let k = 0; k < swap.length; k += 1) swap[k] = (swap[k] ?? 0) / p;
    for (let i = 0; i < matrix.length; i += 1) {
      const row = matrix[i] ?? [];
      const factor = row[lead] ?? 0;
      if (i === r || Math.abs(factor) < EPS) continue;
      for (let k = 0; k < row.length; k += 1) row[k] = (row[k] ?? 0) - factor * (swap[k] ?? 0);
    }
    r += 1;
  }
  const fixed: Pos[] = [];
  for (const row of matrix) {
    const nonzero = row.flatMap((v, k) => (Math.abs(v) > EPS ? [k] : []));
    const only = nonzero.length === 1 ? unknowns[nonzero[0] ?? -1] : undefined;
    if (only !== undefined) fixed.push(only.pos);
  }
  return fixed;
}

const grid = (rows: number, cols: number) =>
  Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));

/** The figures to hide in `table` so that no small count is printed or can be worked out. */
export function protectTable(table: CountTable, threshold: number): HiddenMask {
  const rows = table.cells.length;
  const cols = table.colTotals.length;
  const small = (v: number) => isSmallCell(v, threshold);
  const mask: HiddenMask = {
    cells: table.cells.map((row) => row.map(small)),
    rowTotals: table.rowTotals.map(small),
    colTotals: table.colTotals.map(small),
    total: small(table.total),
    complementary: {
      cells: grid(rows, cols),
      rowTotals: new Array(rows).fill(false),
      colTotals: new Array(cols).fill(false),
    },
  };
  const all = entries(table);
  const key = (p: Pos) => `${p[0]},${p[1]}`;
  const at = new Map(all.map((e, i) => [key(e.pos), i]));
  const lines = equations(table, (p) => at.get(key(p)) ?? -1);
  const isHidden = (p: Pos) =>
    p[0] >= 0 && p[1] >= 0
      ? (mask.cells[p[0]]?.[p[1]] ?? false)
      : p[0] >= 0
        ? (mask.rowTotals[p[0]] ?? false)
        : p[1] >= 0
          ? (mask.colTotals[p[1]] ?? false)
          : mask.total;
  const hide = ({ pos: [r, c] }: { pos: Pos }) => {
    if (r >= 0 && c >= 0) {
      (mask.cells[r] ?? [])[c] = true;
      (mask.complementary.cells[r] ?? [])[c] = true;
    } else if (r >= 0) {
      mask.rowTotals[r] = true;
      mask.complementary.rowTotals[r] = true;
    } else if (c >= 0) {
      mask.colTotals[c] = true;
      mask.complementary.colTotals[c] = true;
    } else mask.total = true;
  };
  for (let guard = 0; guard < all.length; guard += 1) {
    const open = disclosedFigures(table, mask);
    if (open.length === 0) return mask;
    // Candidates: the printed figures on a line through a disclosed one (the first disclosed figure
    // that has any). A cell before a total, a nonzero figure before a zero (hiding a printed zero
    // protects little), the smallest first.
    const candidatesOf = (figure: Pos) => {
      const through = at.get(key(figure)) ?? -1;
      return [...new Set(lines.filter((eq) => eq.has(through)).flatMap((eq) => [...eq.keys()]))]
        .map((i) => all[i])
        .filter((e): e is { pos: Pos; value: number } => e !== undefined && !isHidden(e.pos))
        .sort(
          (a, b) =>
            Number(a.value === 0) - Number(b.value === 0) ||
            Number(a.pos[0] < 0 || a.pos[1] < 0) - Number(b.pos[0] < 0 || b.pos[1] < 0) ||
            a.value - b.value,
        );
    };
    const candidates = open.map(candidatesOf).find((list) => list.length > 0) ?? [];
    const pick = candidates[0];
    if (pick === undefined) break;
    hide(pick);
  }
  return mask;
}
