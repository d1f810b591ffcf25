import { describe, expect, it } from 'vitest';
import { DA_NANG_CODE, QUANG_NAM_CODE } from '../../../../shared/data/quang-nam-units';
import { computeFigures, indicatorsAt } from '../../../../shared/indicators/figures';
import { yearPeriod } from '../../../../shared/indicators/periods';
import { populationFor } from '../../../../shared/indicators/population';
import { childrenOf, reportingParts, reportingUnits, rowsOfParts } from '../../../../shared/indicators/units';
import { plan, row, units } from './fixtures';

describe('units merged by the 2025 crosswalk', () => {
  it('Đà Nẵng holds Quảng Nam in its tree (counted once through it); an older tree without the link adds it once', () => {
    expect(reportingUnits(DA_NANG_CODE, units)).toEqual([DA_NANG_CODE]);
    const older = units.map((u) => (u.code === QUANG_NAM_CODE ? { ...u, parentCode: null } : u));
    expect(reportingUnits(DA_NANG_CODE, older)).toEqual([DA_NANG_CODE, QUANG_NAM_CODE]);
  });

  it("today's ward adds the former communes it took over; a split commune counts under neither part; the old district keeps its months of a kept code", () => {
    const tree = [
      ...units,
      { code: '492', parentCode: DA_NANG_CODE, successorCodes: [] },
      // Former communes of quận Hải Châu: one merged into phường Hải Châu, one split in two.
      { code: '20227', parentCode: '492', successorCodes: ['20242'] },
      { code: '20296', parentCode: '492', successorCodes: ['20194', '20197'] },
      // Today's wards: Hải Châu kept code 20242, which was in quận Hải Châu.
      { code: '20242', parentCode: DA_NANG_CODE, successorCodes: [], formerParentCode: '492' },
      { code: '20194', parentCode: DA_NANG_CODE, successorCodes: [] },
      { code: '20197', parentCode: DA_NANG_CODE, successorCodes: [] },
    ];
    expect(reportingParts('20242', tree)).toEqual([
      { code: '20242', until: null },
      { code: '20227', until: null },
    ]);
    expect(reportingUnits('20194', tree)).toEqual(['20194']);
    expect(reportingParts('492', tree)).toEqual([
      { code: '492', until: null },
      { code: '20242', until: '2025-06' },
    ]);
    expect(reportingParts(DA_NANG_CODE, tree)).toEqual([{ code: DA_NANG_CODE, until: null }]);
    // 2024 and 2026 cases of the kept code, and a 2024 case of the merged commune.
    const rows = new Map([
      [
        '20242',
        [row('case', '20242', '2024-05', { total: 2 }), row('case', '20242', '2026-01', { total: 3 })],
      ],
      ['20227', [row('case', '20227', '2024-05', { total: 1 })]],
      ['492', [row('case', '492', '2024-05', { total: 1 })]],
    ]);
    const total = (code: string) =>
      rowsOfParts(reportingParts(code, tree), (c) => rows.get(c) ?? []).reduce(
        (sum, r) => sum + (r.counts.total ?? 0),
        0,
      );
    // The ward: its own 5 and the merged commune's 1. The old district: its commune's 1 and the kept
    // code's 2 of 2024, not the 3 of 2026 (the district no longer existed).
    expect(total('20242')).toBe(6);
    expect(total('492')).toBe(3);
  });

  it('a district and the old province report only themselves', () => {
    expect(reportingUnits('502', units)).toEqual(['502']);
    expect(reportingUnits(QUANG_NAM_CODE, units)).toEqual([QUANG_NAM_CODE]);
  });

  it('successions chain (A → B → C) and a unit merged into a district reports under the city', () => {
    const chained = [
      ...units,
      { code: '50201', parentCode: '502', successorCodes: [] },
      { code: '99', parentCode: null, successorCodes: [DA_NANG_CODE] },
      { code: '98', parentCode: null, successorCodes: ['99'] },
    ];
    expect(reportingUnits(DA_NANG_CODE, chained)).toEqual([DA_NANG_CODE, '99', '98']);
  });

  it("Đà Nẵng 2024 figures add its own cases to Quảng Nam's (district rows are already in Quảng Nam's)", () => {
    const rows = [
      row('case', DA_NANG_CODE, '2024-02', { total: 3, gbv: 3, soughtHelp: 1 }),
      row('case', QUANG_NAM_CODE, '2024-02', { total: 7, gbv: 7, soughtHelp: 5 }),
    ];
    const results = indicatorsAt(
      { plan, rows, populations: [], units, unitCode: DA_NANG_CODE },
      yearPeriod(2024),
    );
    expect(results[3]).toMatchObject({ numerator: 6, denominator: 10, value: 60 });
  });
});

describe('target populations', () => {
  const children = childrenOf(units);
  const entries = [
    { unitCode: '502', year: 2023, category: 'official', count: 100 },
    { unitCode: '503', year: 2024, category: 'official', count: 50 },
    { unitCode: '503', year: 2025, category: 'official', count: 999 },
  ];

  it('a province without its own figure sums its districts; a missing year uses the latest earlier one', () => {
    expect(populationFor([QUANG_NAM_CODE], 2024, entries, children)).toEqual({ official: 150 });
  });

  it("a unit's own figure wins over the sum of its children", () => {
    const withOwn = [...entries, { unitCode: QUANG_NAM_CODE, year: 2024, category: 'official', count: 400 }];
    expect(populationFor([QUANG_NAM_CODE], 2024, withOwn, children)).toEqual({ official: 400 });
  });

  it('later years are not used for earlier reports; an unknown category is absent (no data), not 0', () => {
    expect(populationFor(['503'], 2023, entries, children)).toEqual({});
  });
});

describe('dashboard figures', () => {
  it('breakdowns by sex, age group and type for the period, and a trend year by year', () => {
    const rows = [
      row('case', '502', '2023-05', {
        total: 2,
        gbv: 2,
        soughtHelp: 2,
        'sex:female': 2,
        'age:18-25': 2,
        'type:rape': 2,
      }),
      row('case', '502', '2024-05', {
        total: 4,
        gbv: 4,
        soughtHelp: 1,
        'sex:female': 3,
        'sex:male': 1,
        'type:rape': 4,
      }),
    ];
    const figures = computeFigures({
      plan,
      rows,
      populations: [],
      units,
      unitCode: '502',
      period: yearPeriod(2024),
    });
    expect(figures.cases.total).toBe(4);
    expect(figures.cases.sex).toEqual([
      { code: 'female', count: 3 },
      { code: 'male', count: 1 },
      { code: 'other', count: 0 },
    ]);
    expect(figures.cases.type.find((t) => t.code === 'rape')?.count).toBe(4);
    expect(figures.trend.map((t) => t.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(figures.trend.map((t) => t.results[3]?.value ?? null)).toEqual([null, null, 100, 25]);
  });
});
