import { type AggregateRow, BUCKET_KINDS } from '../../../shared/aggregates/buckets';
import { type CountTable, protectTable } from '../../../shared/indicators/disclosure';
import { periodDays, periodMonths, type ReportPeriod } from '../../../shared/indicators/periods';
import { formatCount } from '../../../shared/indicators/suppression';
import { SEXES, type UnitRecord, unitValidOn } from '../../../shared/model';

/** A published table as text: every figure already through disclosure control. */
export type PublishedTable = {
  columns: string[];
  rows: { label: string; cells: string[] }[];
  /** The column totals row (its last cell is the grand total). */
  totals: string[];
  /** What "< n" and "x" mean under this table, or '' when nothing is hidden. */
  note: string;
  /** The numbers behind the text, for the disclosure test: which figure is hidden. */
  hidden: { cells: boolean[][]; totals: boolean[] };
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

export type BreakdownInput = {
  unitCode: string;
  /** Sub-units' and the unit's own rows, each with its crosswalk predecessors merged (loadPlanData). */
  rows: ReadonlyMap<string, readonly AggregateRow[]>;
  subUnits: readonly string[];
  units: readonly UnitRecord[];
  period: ReportPeriod;
  threshold: number;
  locale: string;
};

function caseCounts(
  rows: readonly AggregateRow[] | undefined,
  from: string,
  to: string,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows ?? []) {
    if (row.kind !== BUCKET_KINDS.cases || row.period < from || row.period > to) continue;
    for (const [name, n] of Object.entries(row.counts)) out[name] = (out[name] ?? 0) + n;
  }
  return out;
}

/**
 * Cases of the period by unit and survivor's sex, as the report publishes it. Rows are the units
 * that existed on the period's last day (so a former district and today's wards never share a
 * table), plus "elsewhere" for cases recorded at the unit itself or below no listed unit, so that
 * the rows add up to the unit's total; a column holds the cases without a sex breakdown (no consent,
 * or withheld at the province) when there are any. Then primary and complementary suppression: no
 * hidden figure follows from the printed rows, columns and totals.
 */
export function buildBreakdown(input: BreakdownInput, t: Translate): PublishedTable {
  const { from, to } = periodMonths(input.period);
  const lastDay = periodDays(input.period).to;
  const byCode = new Map(input.units.map((u) => [u.code, u]));
  const listed = input.subUnits.filter((code) => {
    const unit = byCode.get(code);
    return unit !== undefined && unitValidOn(unit, lastDay);
  });
  const line = (counts: Record<string, number>) => {
    const bySex = SEXES.map((sex) => counts[`sex:${sex}`] ?? 0);
    const total = counts.total ?? 0;
    return [...bySex, Math.max(0, total - bySex.reduce((a, b) => a + b, 0))];
  };
  const own = line(caseCounts(input.rows.get(input.unitCode), from, to));
  const lines = listed.map((code) => ({
    label: byCode.get(code)?.name ?? code,
    cells: line(caseCounts(input.rows.get(code), from, to)),
  }));
  const elsewhere = own.map((v, c) => v - lines.reduce((sum, l) => sum + (l.cells[c] ?? 0), 0));
  if (elsewhere.some((v) => v !== 0) && elsewhere.every((v) => v >= 0))
    lines.push({ label: t('reports.breakdown.elsewhere'), cells: elsewhere });
  // A column with nothing in it (no case without a breakdown) is left out: a printed 0 tells nothing.
  const keep = own.map((_, c) => c < SEXES.length || lines.some((l) => (l.cells[c] ?? 0) > 0));
  const cells = lines.map((l) => l.cells.filter((_, c) => keep[c]));
  const table: CountTable = {
    cells,
    rowTotals: cells.map((row) => row.reduce((a, b) => a + b, 0)),
    colTotals: (cells[0] ?? own.filter((_, c) => keep[c]).map(() => 0)).map((_, c) =>
      cells.reduce((sum, row) => sum + (row[c] ?? 0), 0),
    ),
    total: cells.flat().reduce((a, b) => a + b, 0),
  };
  const mask = protectTable(table, input.threshold);
  const show = (value: number, hidden: boolean, complementary: boolean) =>
    !hidden ? formatCount(value, input) : complementary ? 'x' : `< ${input.threshold}`;
  const anyHidden = [...mask.cells.flat(), ...mask.rowTotals, ...mask.colTotals, mask.total].some(Boolean);
  const columns = [
    ...SEXES.map((sex) => t(`reports.breakdown.sex.${sex}`)),
    ...(keep[SEXES.length] === true ? [t('reports.breakdown.noBreakdown')] : []),
    t('reports.breakdown.total'),
  ];
  return {
    columns,
    rows: lines.map((l, r) => ({
      label: l.label,
      cells: [
        ...(cells[r] ?? []).map((v, c) =>
          show(v, mask.cells[r]?.[c] ?? false, mask.complementary.cells[r]?.[c] ?? false),
        ),
        show(table.rowTotals[r] ?? 0, mask.rowTotals[r] ?? false, mask.complementary.rowTotals[r] ?? false),
      ],
    })),
    totals: [
      ...table.colTotals.map((v, c) =>
        show(v, mask.colTotals[c] ?? false, mask.complementary.colTotals[c] ?? false),
      ),
      show(table.total, mask.total, false),
    ],
    note: anyHidden ? t('reports.breakdown.note', { threshold: input.threshold }) : '',
    hidden: {
      cells: mask.cells.map((row, r) => [...row, mask.rowTotals[r] ?? false]),
      totals: [...mask.colTotals, mask.total],
    },
  };
}
