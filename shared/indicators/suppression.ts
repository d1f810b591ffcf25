import type { IndicatorResult } from './evaluate';

/**
 * Small-cell suppression for anything that leaves the office (reports, exports, printouts): a count
 * of survivors from 1 to threshold − 1 could point to a person in a small commune, so it is shown as
 * "< threshold". Zero stays zero. A share is hidden too when it would let the hidden count be
 * recomputed (small numerator, small denominator, or a small remainder denominator − numerator).
 */
export const isSmallCell = (n: number, threshold: number): boolean => n > 0 && n < threshold;

export type FormatOptions = { locale: string };

export function formatCount(n: number, { locale }: FormatOptions): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** 85.26 → "85,3%" in Vietnamese. */
export function formatPercent(value: number, { locale }: FormatOptions): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)}%`;
}

export function suppressCount(n: number, threshold: number, options: FormatOptions): string {
  return isSmallCell(n, threshold) ? `< ${threshold}` : formatCount(n, options);
}

export type ShownResult = {
  numerator: string;
  denominator: string;
  value: string;
  ofTarget: string;
  target: string;
  /** True when a figure of this row was hidden for privacy. */
  suppressed: boolean;
};

export type ShowOptions = FormatOptions & {
  /** Suppression threshold from settings (smallCellThreshold). */
  threshold: number;
  /** True for what can leave the office; the dashboard on the office's own screen shows all. */
  outbound: boolean;
  /** Shown for a missing figure ("—"). */
  empty: string;
};

export function showResult(result: IndicatorResult, options: ShowOptions): ShownResult {
  const { threshold, outbound, empty } = options;
  const guard = outbound && result.sensitive;
  const count = (n: number | null) =>
    n === null ? empty : guard ? suppressCount(n, threshold, options) : formatCount(n, options);
  const num = result.numerator;
  const den = result.denominator;
  const hideShare =
    guard &&
    ((num !== null && isSmallCell(num, threshold)) ||
      (den !== null && isSmallCell(den, threshold)) ||
      (num !== null && den !== null && isSmallCell(den - num, threshold)));
  const value =
    result.value === null || hideShare
      ? empty
      : result.unit === 'percent'
        ? formatPercent(result.value, options)
        : count(result.value);
  const target =
    result.target === null
      ? empty
      : `${result.target.comparator === '>=' ? '≥ ' : ''}${
          result.unit === 'percent'
            ? formatPercent(result.target.value, options)
            : formatCount(result.target.value, options)
        }`;
  return {
    numerator: count(num),
    denominator: count(den),
    value,
    ofTarget: result.ofTarget === null || hideShare ? empty : formatPercent(result.ofTarget, options),
    target,
    suppressed:
      hideShare ||
      (guard &&
        ((num !== null && isSmallCell(num, threshold)) || (den !== null && isSmallCell(den, threshold)))),
  };
}
