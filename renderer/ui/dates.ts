import { parseDate } from '../../shared/text/dates';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * dd/MM/yyyy as typed → yyyy-MM-dd for the store. Empty gives undefined (the store says "required");
 * text that is not a real date is passed through so the store's schema says "invalid date".
 */
export function isoFromText(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const date = parseDate(trimmed);
  if (date === null) return trimmed;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** yyyy-MM-dd → dd/MM/yyyy, the one format officers see. */
export function textFromIso(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y === undefined || m === undefined || d === undefined ? iso : `${d}/${m}/${y}`;
}

/** A moment (ISO timestamp) as "10:42 ngày 29/11/2026"'s parts, in local time. */
export function timeAndDay(isoTimestamp: string): { time: string; day: string } {
  const at = new Date(isoTimestamp);
  return {
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
    day: `${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()}`,
  };
}
