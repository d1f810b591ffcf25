import { SHIPPED_UNITS } from '../../../shared/data/shipped-units';
import { type Dhis2Input, type Dhis2Mapping, publishedValues } from '../../../shared/dhis2';
import { periodDays, type ReportPeriod } from '../../../shared/indicators/periods';
import { type OfficeProfile, type PlanRecord, unitValidOn } from '../../../shared/model';
import type { PlanData } from '../overview/load-plan-data';

/** The codes of the unit data the app ships (shared/data): the only unit codes taken as DHIS2 codes. */
export const SHIPPED_CODES: ReadonlySet<string> = new Set(SHIPPED_UNITS.map((u) => u.code));

/** The unit itself and its ancestors, nearest first (the office's chain for the sharing rule). */
function chainOf(code: string, data: PlanData): string[] {
  const parents = new Map(data.units.map((u) => [u.code, u.parentCode]));
  const out = [code];
  for (let p = parents.get(code) ?? null; p !== null && !out.includes(p); p = parents.get(p) ?? null)
    out.push(p);
  return out;
}

/** The rows an export may hold: the units below the root that exist on the period's last day, then the root's own. */
export function exportRows(data: PlanData, rootCode: string, period: ReportPeriod): string[] {
  const lastDay = periodDays(period).to;
  const listed = data.subUnits.filter((code) => {
    const unit = data.units.find((u) => u.code === code);
    return code !== rootCode && unit !== undefined && unitValidOn(unit, lastDay);
  });
  return [...listed, rootCode];
}

export function exportOf(args: {
  data: PlanData;
  plan: PlanRecord;
  office: OfficeProfile | null;
  rootCode: string;
  period: ReportPeriod;
  threshold: number;
  mapping: Dhis2Mapping;
  selected: ReadonlySet<string>;
}) {
  const { data } = args;
  const input: Dhis2Input = {
    plan: args.plan,
    units: data.units,
    populations: data.populations,
    rootCode: args.rootCode,
    rows: data.rows,
    subUnits: data.subUnits,
    period: args.period,
    threshold: args.threshold,
    mapping: args.mapping,
    shippedCodes: SHIPPED_CODES,
    selected: args.selected,
    // The province's counters already passed each office's sharing rule; an office's own pass it here.
    officeChain:
      args.office === null || args.office.role === 'province' ? null : chainOf(args.office.unitCode, data),
  };
  return publishedValues(input);
}
