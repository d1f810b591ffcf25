import type { ReportPeriod } from '../indicators/periods';

/**
 * A report period as DHIS2 names it: `2025` (yearly) or `2025S1` (six-monthly, January–June) in
 * dataValueSets; in ADX, as SDMX does, a start day and an ISO 8601 duration (`2025-01-01/P6M`).
 */
export function dhis2Period(period: ReportPeriod): string {
  return period.part === 'year' ? String(period.year) : `${period.year}S1`;
}

export function adxPeriod(period: ReportPeriod): string {
  return `${period.year}-01-01/${period.part === 'year' ? 'P1Y' : 'P6M'}`;
}
