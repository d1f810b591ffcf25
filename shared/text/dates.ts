import { format, isValid, parse } from 'date-fns';

/** The one date format shown to officers. */
export const DATE_FORMAT = 'dd/MM/yyyy';

export const formatDate = (date: Date): string => format(date, DATE_FORMAT);

/** Parses dd/MM/yyyy strictly (31/02/2025 is refused); null when it is not a real date. */
export function parseDate(text: string): Date | null {
  const trimmed = text.trim();
  if (!/^\d{2}\/\d{2}\/\d{4}$/.test(trimmed)) return null;
  const date = parse(trimmed, DATE_FORMAT, new Date(2000, 0, 1));
  return isValid(date) && format(date, DATE_FORMAT) === trimmed ? date : null;
}
