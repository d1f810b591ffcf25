/**
 * Reporting periods: a calendar year or one of its halves (the six-monthly report is the first half;
 * DHIS2's six-monthly data sets also take the second). Case counters are monthly, so a half year is
 * exact for cases and outreach; training and school counters are yearly, so a half-year report counts
 * the whole year's training as recorded so far.
 */
export const PERIOD_PARTS = ['year', 'firstHalf', 'secondHalf'] as const;
export type PeriodPart = (typeof PERIOD_PARTS)[number];
export type ReportPeriod = { year: number; part: PeriodPart };

export const yearPeriod = (year: number): ReportPeriod => ({ year, part: 'year' });

/** First and last month (MM) and day (MM-dd) of each part of a year. */
const BOUNDS: Record<PeriodPart, { months: [string, string]; days: [string, string] }> = {
  year: { months: ['01', '12'], days: ['01-01', '12-31'] },
  firstHalf: { months: ['01', '06'], days: ['01-01', '06-30'] },
  secondHalf: { months: ['07', '12'], days: ['07-01', '12-31'] },
};

/** First and last month (yyyy-MM) of the period. */
export function periodMonths(period: ReportPeriod): { from: string; to: string } {
  const [from, to] = BOUNDS[period.part].months;
  return { from: `${period.year}-${from}`, to: `${period.year}-${to}` };
}

/** First and last day (yyyy-MM-dd): the drill-down filter. */
export function periodDays(period: ReportPeriod): { from: string; to: string } {
  const [from, to] = BOUNDS[period.part].days;
  return { from: `${period.year}-${from}`, to: `${period.year}-${to}` };
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
