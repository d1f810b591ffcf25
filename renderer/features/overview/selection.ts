import type { PeriodPart, ReportPeriod } from '../../../shared/indicators/periods';
import type { PlanRecord } from '../../../shared/model';

/** What the dashboard and the report are looking at; kept in the URL so a report link carries it. */
export type Selection = { planId: string; unitCode: string; period: ReportPeriod };

/** Whether a plan's period covers `year` (the dashboard says so when none does). */
export const planCovers = (plan: Pick<PlanRecord, 'fromYear' | 'toYear'>, year: number): boolean =>
  plan.fromYear <= year && year <= plan.toYear;

/**
 * `openOnToday` (the dashboard): without a year asked, the current year even when no plan covers it
 * (the plan shown is the latest, and the dashboard says the plan has ended); a year asked may lie
 * between the plan's first year and the current one. Otherwise the year stays within the plan.
 * `parts`: the parts of a year the page offers (the dashboard and reports: the year and its first
 * half, the six-monthly report; DHIS2 also the second half); any other asked for reads as the year.
 */
export function readSelection(
  params: URLSearchParams,
  plans: readonly PlanRecord[],
  officeUnit: string,
  today: Date,
  {
    openOnToday = false,
    parts = ['year', 'firstHalf'],
  }: { openOnToday?: boolean; parts?: readonly PeriodPart[] } = {},
): Selection | null {
  const thisYear = today.getFullYear();
  const plan =
    plans.find((p) => p.id === params.get('plan')) ??
    plans.find((p) => p.fromYear <= thisYear && thisYear <= p.toYear) ??
    [...plans].sort((a, b) => b.toYear - a.toYear).find((p) => p.fromYear <= thisYear) ??
    plans[0];
  if (plan === undefined) return null;
  const asked = Number(params.get('year'));
  const lastYear = openOnToday ? Math.max(plan.toYear, thisYear) : plan.toYear;
  const year =
    params.get('year') !== null && Number.isInteger(asked) && asked >= plan.fromYear && asked <= lastYear
      ? asked
      : Math.max(plan.fromYear, Math.min(lastYear, thisYear));
  return {
    planId: plan.id,
    unitCode: params.get('unit') ?? officeUnit,
    period: { year, part: parts.find((p) => p === params.get('part')) ?? 'year' },
  };
}

export function selectionQuery(selection: Selection): string {
  return new URLSearchParams({
    plan: selection.planId,
    unit: selection.unitCode,
    year: String(selection.period.year),
    part: selection.period.part,
  }).toString();
}
