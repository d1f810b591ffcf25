import { isRealIsoDate } from '../../../../shared/model';
import { foldVietnamese } from '../../../../shared/text/fold';

/** Header text reduced for comparison: folded, without punctuation ("Họ và tên (*)" → "ho va ten"). */
export const headerKey = (text: string): string => foldVietnamese(text.replace(/[^\p{L}\p{N}\s]/gu, ' '));

/**
 * A day cell as yyyy-MM-dd: dd/MM/yyyy (also with - or .), d/M/yyyy, or yyyy-MM-dd. Empty gives
 * null; anything else 'invalid', so the preview can say which cell is wrong.
 */
export function parseDayCell(text: string): string | null | 'invalid' {
  const value = text.trim();
  if (value === '') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso !== null) return isRealIsoDate(value) ? value : 'invalid';
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (dmy === null) return 'invalid';
  const [, d = '', m = '', y = ''] = dmy;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isRealIsoDate(day) ? day : 'invalid';
}

/** yyyy-MM-dd → dd/MM/yyyy for display. */
export function showDay(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "48; 49, 50" → ["48", "49", "50"]. */
export const splitCodes = (text: string): string[] =>
  text
    .split(/[;,\s]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');

/** A row with nothing in it (blank lines keep their place so line numbers stay true). */
export const isBlankRow = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

/**
 * The header row of a sheet: attendance lists often open with a title block ("DANH SÁCH HỌC VIÊN…"),
 * so take the first of the top rows that names at least two known columns.
 */
export function findHeaderRow(rows: readonly string[][], known: (header: string) => boolean): number {
  const limit = Math.min(rows.length, 15);
  for (let index = 0; index < limit; index++) {
    const hits = (rows[index] ?? []).filter((cell) => cell !== '' && known(cell)).length;
    if (hits >= 2) return index;
  }
  return 0;
}

/** A typed day (as a cell allows it) as yyyy-MM-dd for the schema; empty → undefined, anything wrong stays wrong text. */
export function dayInput(text: string): string | undefined {
  const value = parseDayCell(text);
  if (value === null) return undefined;
  return value === 'invalid' ? text : value;
}
