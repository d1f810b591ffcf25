import { periodDays, type ReportPeriod } from '../indicators/periods';

/**
 * A report period as DHIS2 names it in dataValueSets: `2025` (yearly), `2025S1` (six-monthly,
 * January–June) or `2025S2` (July–December).
 */
export function dhis2Period(period: ReportPeriod): string {
  if (period.part === 'year') return String(period.year);
  return `${period.year}${period.part === 'firstHalf' ? 'S1' : 'S2'}`;
}

/** In ADX, as SDMX does: the period's first day and an ISO 8601 duration (`2025-07-01/P6M`). */
export function adxPeriod(period: ReportPeriod): string {
  return `${periodDays(period).from}/${period.part === 'year' ? 'P1Y' : 'P6M'}`;
}
