import { type CountTable, protectTable } from '../indicators/disclosure';

/**
 * Disclosure control across the several tables of one DHIS2 export. Each table (an indicator's
 * numerator and remainder by unit, or the cases by unit and sex, age group or violence type) is first
 * protected on its own by `protectTable`. But the tables share figures (a unit's case total is the
 * row total of three breakdowns) and are tied by identities (GBV cases = all cases − the non-GBV
 * ones), so an attacker holding the whole file solves them together. Here every figure has one key,
 * every printed line is one equation, and a hidden figure is disclosed when the joint system fixes
 * it (Gaussian elimination, as `disclosedFigures` does for one table). Hiding a figure never makes
 * another one computable, so more figures are hidden, one at a time, until none is fixed.
 */
export type KeyedTable = {
  /** Keys of the cells, row by row. */
  cells: readonly (readonly string[])[];
  rowTotals: readonly string[];
  colTotals: readonly string[];
  total: string;
};

/** A linear identity between figures: the coefficients sum the figures to zero. */
export type Equation = ReadonlyMap<string, number>;

export function tableEquations(table: KeyedTable): Equation[] {
  const out: Equation[] = [];
  const line = (keys: readonly string[], total: string) => {
    const eq = new Map<string, number>();
    for (const k of keys) eq.set(k, (eq.get(k) ?? 0) + 1);
    eq.set(total, (eq.get(total) ?? 0) - 1);
    out.push(eq);
  };
  table.cells.forEach((row, r) => {
    line(row, table.rowTotals[r] ?? '');
  });
  table.colTotals.forEach((key, c) => {
    line(
      table.cells.map((row) => row[c] ?? ''),
      key,
    );
  });
  line(table.rowTotals, table.total);
  line(table.colTotals, table.total);
  return out;
}

const EPS = 1e-9;

/** The hidden figures that the equations fix, given every other figure is printed. */
export function fixedFigures(equations: readonly Equation[], hidden: ReadonlySet<string>): string[] {
  const unknowns = [...hidden];
  const column = new Map(unknowns.map((k, i) => [k, i]));
  const matrix: number[][] = [];
  for (const eq of equations) {
    const row = new Array<number>(unknowns.length).fill(0);
    let any = false;
    for (const [key, coefficient] of eq) {
      const i = column.get(key);
      if (i === undefined || Math.abs(coefficient) < EPS) continue;
      row[i] = (row[i] ?? 0) + coefficient;
      any = true;
    }
    if (any) matrix.push(row);
  }
  let r = 0;
  for (let lead = 0; lead < unknowns.length && r < matrix.length; lead += 1) {
    let pivot = -1;
    for (let i = r; i < matrix.length; i += 1)
      if (Math.abs(matrix[i]?.[lead] ?? 0) > EPS) {
        pivot = i;
        break;
      }
    if (pivot < 0) continue;
    const top = matrix[pivot] ?? [];
    matrix[pivot] = matrix[r] ?? [];
    matrix[r] = top;
    const p = top[lead] ?? 1;
    for (let k = lead; k < top.length; k += 1) top[k] = (top[k] ?? 0) / p;
    for (let i = 0; i < matrix.length; i += 1) {
      const row = matrix[i] ?? [];
      const factor = row[lead] ?? 0;
      if (i === r || Math.abs(factor) < EPS) continue;
      for (let k = lead; k < row.length; k += 1) row[k] = (row[k] ?? 0) - factor * (top[k] ?? 0);
    }
    r += 1;
  }
  const fixed: string[] = [];
  for (const row of matrix) {
    let only = -1;
    let count = 0;
    for (let k = 0; k < row.length && count < 2; k += 1)
      if (Math.abs(row[k] ?? 0) > EPS) {
        only = k;
        count += 1;
      }
    const key = count === 1 ? unknowns[only] : undefined;
    if (key !== undefined) fixed.push(key);
  }
  return fixed;
}

/**
 * Which figures to leave out: every table through `protectTable` (small counts and the cells that
 * would give them away), a figure hidden in one table hidden in all, then complementary figures
 * until the joint system fixes none. `isTotal` marks figures that are better kept (totals).
 */
export function protectJointly(
  values: ReadonlyMap<string, number>,
  tables: readonly KeyedTable[],
  identities: readonly Equation[],
  threshold: number,
  isTotal: (key: string) => boolean,
): Set<string> {
  const hidden = new Set<string>();
  const value = (key: string) => values.get(key) ?? 0;
  for (const table of tables) {
    const counts: CountTable = {
      cells: table.cells.map((row) => row.map(value)),
      rowTotals: table.rowTotals.map(value),
      colTotals: table.colTotals.map(value),
      total: value(table.total),
    };
    const mask = protectTable(counts, threshold);
    mask.cells.forEach((row, r) => {
      row.forEach((h, c) => {
        const key = table.cells[r]?.[c];
        if (h && key !== undefined) hidden.add(key);
      });
    });
    mask.rowTotals.forEach((h, r) => {
      const key = table.rowTotals[r];
      if (h && key !== undefined) hidden.add(key);
    });
    mask.colTotals.forEach((h, c) => {
      const key = table.colTotals[c];
      if (h && key !== undefined) hidden.add(key);
    });
    if (mask.total) hidden.add(table.total);
  }
  const equations = [...tables.flatMap(tableEquations), ...identities];
  const through = new Map<string, Equation[]>();
  for (const eq of equations)
    for (const key of eq.keys()) through.set(key, [...(through.get(key) ?? []), eq]);
  // Bounded: each round hides one more figure; if that did not suffice, nothing of these tables leaves.
  const rounds = Math.min(values.size, 2000);
  for (let guard = 0; guard < rounds; guard += 1) {
    const open = fixedFigures(equations, hidden);
    if (open.length === 0) return hidden;
    // Candidates for the first disclosed figure: the printed figures on the lines through the
    // disclosed figures of its unit (its rows in every table, and the identities that tie them); the
    // unit's own first, a nonzero figure before a zero, a cell before a total, the smallest first (as
    // protectTable chooses). The first whose hiding leaves that figure unknown is taken; else the
    // first of all (another round goes on from there).
    const first = open[0] ?? '';
    const unit = first.slice(0, first.indexOf('|') + 1);
    const pool = new Set<string>();
    for (const figure of open)
      if (figure === first || (unit !== '' && figure.startsWith(unit)))
        for (const eq of through.get(figure) ?? []) for (const k of eq.keys()) pool.add(k);
    const candidates = [...pool]
      .filter((k) => !hidden.has(k))
      .sort(
        (a, b) =>
          Number(!a.startsWith(unit)) - Number(!b.startsWith(unit)) ||
          Number(value(a) === 0) - Number(value(b) === 0) ||
          Number(isTotal(a)) - Number(isTotal(b)) ||
          value(a) - value(b) ||
          a.localeCompare(b),
      );
    const works = candidates
      .slice(0, 12)
      .find((k) => !fixedFigures(equations, new Set([...hidden, k])).includes(first));
    const pick = works ?? candidates[0];
    if (pick === undefined) break;
    hidden.add(pick);
  }
  if (fixedFigures(equations, hidden).length === 0) return hidden;
  return new Set(values.keys());
}
