import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../../../../shared/indicators/evaluate';
import {
  formatPercent,
  isSmallCell,
  showResult,
  suppressCount,
} from '../../../../shared/indicators/suppression';

const vi = { locale: 'vi-VN' };
const options = { ...vi, threshold: 5, outbound: true, empty: '—' };
const result = (over: Partial<IndicatorResult>): IndicatorResult => ({
  code: 'I4',
  name: 'I4',
  unit: 'percent',
  numerator: 30,
  denominator: 40,
  value: 75,
  target: { year: 2025, value: 50, comparator: '>=' },
  ofTarget: 150,
  status: 'met',
  numeratorExceedsDenominator: false,
  sensitive: true,
  ...over,
});

describe('small-cell suppression', () => {
  it('1 to threshold − 1 become "< threshold"; 0 and the threshold itself are shown', () => {
    expect([0, 1, 4, 5, 1234].map((n) => suppressCount(n, 5, vi))).toEqual(['0', '< 5', '< 5', '5', '1.234']);
    expect(suppressCount(9, 10, vi)).toBe('< 10');
    expect(isSmallCell(0, 5)).toBe(false);
  });

  it('Vietnamese number format: decimal comma, thousands dot', () => {
    expect(formatPercent(85.714, vi)).toBe('85,7%');
  });

  it('large cells leave the office in full', () => {
    expect(showResult(result({}), options)).toEqual({
      numerator: '30',
      denominator: '40',
      value: '75%',
      ofTarget: '150%',
      target: '≥ 50%',
      suppressed: false,
    });
  });

  it('a small numerator hides the count and the share (it would give the count back)', () => {
    const shown = showResult(result({ numerator: 3, value: 7.5, ofTarget: 15 }), options);
    expect(shown).toMatchObject({
      numerator: '< 5',
      denominator: '40',
      value: '—',
      ofTarget: '—',
      suppressed: true,
    });
  });

  it('a small remainder (denominator − numerator) hides the share too', () => {
    expect(showResult(result({ numerator: 38, value: 95 }), options)).toMatchObject({
      numerator: '38',
      value: '—',
      suppressed: true,
    });
  });

  it("on the office's own screen, and for figures not about survivors, nothing is hidden", () => {
    expect(showResult(result({ numerator: 3, value: 7.5 }), { ...options, outbound: false }).numerator).toBe(
      '3',
    );
    expect(showResult(result({ numerator: 3, value: 7.5, sensitive: false }), options).value).toBe('7,5%');
  });

  it('no data stays "—"', () => {
    const shown = showResult(
      result({ numerator: 0, denominator: 0, value: null, ofTarget: null, status: 'noData' }),
      options,
    );
    expect(shown).toMatchObject({ numerator: '0', denominator: '0', value: '—', ofTarget: '—' });
  });
});
