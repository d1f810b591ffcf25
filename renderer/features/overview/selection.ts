import type { ReportPeriod } from '../../../shared/indicators/periods';
import type { PlanRecord } from '../../../shared/model';

/** What the dashboard and the report are looking at; kept in the URL so a report link carries it. */
export type Selection = { planId: string; unitCode: string; period: ReportPeriod };

export function readSelection(
  params: URLSearchParams,
  plans: readonly PlanRecord[],
  officeUnit: string,
  today: Date,
): Selection | null {
  const thisYear = today.getFullYear();
  const plan =
    plans.find((p) => p.id === params.get('plan')) ??
    plans.find((p) => p.fromYear <= thisYear && thisYear <= p.toYear) ??
    [...plans].sort((a, b) => b.toYear - a.toYear).find((p) => p.fromYear <= thisYear) ??
    plans[0];
  if (plan === undefined) return null;
  const asked = Number(params.get('year'));
  const year =
    Number.isInteger(asked) && asked >= plan.fromYear && asked <= plan.toYear
      ? asked
      : Math.max(plan.fromYear, Math.min(plan.toYear, thisYear));
  return {
    planId: plan.id,
    unitCode: params.get('unit') ?? officeUnit,
    period: { year, part: params.get('part') === 'firstHalf' ? 'firstHalf' : 'year' },
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
