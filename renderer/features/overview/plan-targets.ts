/** A plan's year: a whole year this century or the next. */
export const yearOk = (n: number) => Number.isInteger(n) && n >= 2000 && n <= 2100;

/** The period's two years as typed, checked together (the end not before the start). */
export const yearsBad = (from: string, to: string): boolean =>
  !yearOk(Number(from)) || !yearOk(Number(to)) || Number(to) < Number(from);

/** A typed target (a percentage, `,` or `.` as the decimal mark): empty is no target, else 0–100. */
export const parseTarget = (text: string): number | null | 'bad' => {
  if (text.trim() === '') return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : 'bad';
};

/** The years from → to, both included. */
export const yearsOf = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
