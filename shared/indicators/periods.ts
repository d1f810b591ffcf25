/**
 * Reporting periods: a calendar year or its first half (the six-monthly report). Case counters are
 * monthly, so a half year is exact for cases and outreach; training and school counters are yearly,
 * so a half-year report counts the whole year's training as recorded so far.
 */
export type ReportPeriod = { year: number; part: 'year' | 'firstHalf' };

export const yearPeriod = (year: number): ReportPeriod => ({ year, part: 'year' });

/** First and last month (yyyy-MM) of the period. */
export function periodMonths(period: ReportPeriod): { from: string; to: string } {
  return { from: `${period.year}-01`, to: `${period.year}-${period.part === 'year' ? '12' : '06'}` };
}

/** First and last day (yyyy-MM-dd): the drill-down filter. */
export function periodDays(period: ReportPeriod): { from: string; to: string } {
  return { from: `${period.year}-01-01`, to: `${period.year}-${period.part === 'year' ? '12-31' : '06-30'}` };
}

/**
 * The school year a report year judges: the one that ends in that year (2024–2025 for 2025), since
 * a school year starts in September and the one starting in the report year is barely under way.
 */
export const schoolYearFor = (year: number): number => year - 1;

/** Years of a plan up to `lastYear` (inclusive), for trends. */
export function planYears(plan: { fromYear: number; toYear: number }, lastYear: number): number[] {
  const out: number[] = [];
  for (let year = plan.fromYear; year <= Math.min(plan.toYear, lastYear); year += 1) out.push(year);
  return out;
}
