import { describe, expect, it } from 'vitest';
import { DA_NANG_CODE, QUANG_NAM_CODE } from '../../../../shared/data/quang-nam-units';
import { computeFigures, indicatorsAt } from '../../../../shared/indicators/figures';
import { yearPeriod } from '../../../../shared/indicators/periods';
import { populationFor } from '../../../../shared/indicators/population';
import { childrenOf, reportingUnits } from '../../../../shared/indicators/units';
import { plan, row, units } from './fixtures';

describe('units merged by the 2025 crosswalk', () => {
  it('Đà Nẵng reports Quảng Nam once, not again through its 18 districts', () => {
    expect(reportingUnits(DA_NANG_CODE, units)).toEqual([DA_NANG_CODE, QUANG_NAM_CODE]);
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
    expect(reportingUnits(DA_NANG_CODE, chained)).toEqual([DA_NANG_CODE, QUANG_NAM_CODE, '99', '98']);
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
