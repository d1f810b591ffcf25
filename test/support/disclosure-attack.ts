import type { HiddenMask } from '../../shared/indicators/disclosure';

/**
 * The attacker, written apart from the report's own check: the printed table's lines are linear
 * equations in the hidden figures; a hidden figure is recomputed when the equations fix it, that is
 * when dropping its column lowers the rank of the system (exact rank over BigInt). Only which
 * figures are hidden matters, so a published file's text is enough: "< n" and "x" are the unknowns.
 */
export function recomputed(
  hidden: Pick<HiddenMask, 'cells' | 'rowTotals' | 'colTotals' | 'total'>,
): string[] {
  const t = hidden;
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
