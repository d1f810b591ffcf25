import { format } from 'date-fns';
import { formatDate } from '../../../../shared/text/dates';

/** dd/MM/yyyy HH:mm in local time, for when a bundle was made or received. */
export const formatMoment = (iso: string): string => format(new Date(iso), 'dd/MM/yyyy HH:mm');
export const formatDay = (iso: string): string => formatDate(new Date(iso));

export function formatBytes(n: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** [[1, 3], [5, 5]] → "1–3, 5". */
export const formatRanges = (ranges: readonly (readonly [number, number])[]): string =>
  ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
