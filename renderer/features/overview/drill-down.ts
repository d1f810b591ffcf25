import { periodDays, type ReportPeriod } from '../../../shared/indicators/periods';

/**
 * The records behind a number: the cases list filtered by unit and period (and violence type). The
 * cases area owns the list; this is the agreed URL contract `/cases?unit=…&from=…&to=…&type=…`.
 */
export function casesLink(unitCode: string, period: ReportPeriod, type?: string): string {
  const { from, to } = periodDays(period);
  const query = new URLSearchParams({ unit: unitCode, from, to });
  if (type !== undefined) query.set('type', type);
  return `/cases?${query.toString()}`;
}
