import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBreakdown } from '../../../../renderer/features/reports/report-breakdown';
import { type AggregateRow, bucketKey } from '../../../../shared/aggregates/buckets';
import type { UnitRecord } from '../../../../shared/model/index';
import { recomputed } from '../../../support/disclosure-attack';

const unit = (code: string, parentCode: string | null): UnitRecord =>
  ({ code, name: `Xã ${code}`, parentCode, validFrom: null, validTo: null }) as UnitRecord;
const t = (key: string) => key;

/** Random case counters of a district and its communes for 2024: counts by sex per commune and month. */
const office = fc
  .array(
    fc.record({
      commune: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
      month: fc.constantFrom('2024-02', '2024-07'),
      female: fc.nat(9),
      male: fc.nat(3),
      unsexed: fc.nat(2),
    }),
    { maxLength: 12 },
  )
  .map((entries) => {
    const rows = new Map<string, AggregateRow[]>();
    const add = (code: string, month: string, counts: Record<string, number>) =>
      rows.set(code, [
        ...(rows.get(code) ?? []),
        { key: bucketKey('case', code, month), kind: 'case', unit: code, period: month, counts },
      ]);
    for (const e of entries) {
      const counts = { total: e.female + e.male + e.unsexed, 'sex:female': e.female, 'sex:male': e.male };
      add(e.commune, e.month, counts);
      add('d', e.month, counts);
    }
    return rows;
  });

describe('the published table of cases by unit and sex', () => {
  it('prints no count from 1 to 4, and no hidden figure can be recomputed from what it prints', () => {
    fc.assert(
      fc.property(office, (rows) => {
        const table = buildBreakdown(
          {
            unitCode: 'd',
            rows,
            subUnits: ['c1', 'c2', 'c3', 'c4'],
            units: [unit('d', null), ...['c1', 'c2', 'c3', 'c4'].map((c) => unit(c, 'd'))],
            period: { year: 2024, part: 'year' },
            threshold: 5,
            locale: 'vi-VN',
          },
          t,
        );
        const printed = [...table.rows.flatMap((r) => r.cells), ...table.totals];
        for (const text of printed) expect(text).not.toMatch(/^[1-4]$/);
        // What the attacker reads off the page: which figures are "< 5" or "x".
        const hidden = (text: string) => text === 'x' || text.startsWith('<');
        const cols = table.columns.length - 1;
        const mask = {
          cells: table.rows.map((r) => r.cells.slice(0, cols).map(hidden)),
          rowTotals: table.rows.map((r) => hidden(r.cells[cols] ?? '')),
          colTotals: table.totals.slice(0, cols).map(hidden),
          total: hidden(table.totals[cols] ?? ''),
        };
        expect(recomputed(mask)).toEqual([]);
        // And the printed figures add up (the table is honest): every row's total, the grand total.
        for (const r of table.rows) {
          const values = r.cells.map(Number);
          if (values.every(Number.isFinite))
            expect(values.slice(0, cols).reduce((a, b) => a + b, 0)).toBe(values[cols]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
