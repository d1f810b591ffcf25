import type { AggregateRow } from '../../../shared/aggregates/buckets';
import { bucketKey } from '../../../shared/aggregates/buckets';
import { kindsRead } from '../../../shared/indicators/evaluate';
import { figureBuckets } from '../../../shared/indicators/figure-buckets';
import { periodDays } from '../../../shared/indicators/periods';
import type { PopulationEntry } from '../../../shared/indicators/population';
import {
  childrenOf,
  type ReportingPart,
  reportingParts,
  reportingUnits,
  rowsOfParts,
} from '../../../shared/indicators/units';
import { type PlanRecord, type UnitRecord, unitValidOn } from '../../../shared/model';
import type { BinhAnStore, BucketRef } from '../../db';
import { readSelection, type Selection } from './selection';

/**
 * What the Overview reads, in two steps: the small tables (units, plans, populations), from which
 * the selection in the address is resolved; then, of the counters, only the buckets its figures sum
 * for that selection — per unit one span roll-up of the period (and one per plan year for the chosen
 * unit's trend) plus a few yearly rows. Tens of rows per unit, whatever the number of records,
 * months or offices; the filters stay on screen while the second step reads.
 */
export type DashboardLists = { units: UnitRecord[]; plans: PlanRecord[]; populations: PopulationEntry[] };

/** The selection resolved against the lists: which plan, and which units the table holds. */
export type DashboardScope = {
  selection: Selection;
  plan: PlanRecord;
  /** The units shown beside the chosen one (its children, and predecessors merged into it). */
  subUnits: string[];
  /** Those of them that existed on the period's last day: the by-unit table. */
  tableUnits: string[];
};

export type DashboardData = DashboardLists &
  DashboardScope & {
    /** The chosen unit's and each table unit's buckets, each with its crosswalk predecessors merged. */
    rows: Map<string, AggregateRow[]>;
  };

export async function loadDashboardLists(store: BinhAnStore): Promise<DashboardLists> {
  const [units, plans, populations] = await Promise.all([
    store.units.list(),
    store.plans.list(),
    store.populations.list(),
  ]);
  return { units, plans, populations };
}

/** `null`: no plan to show. */
export function dashboardScope(
  { units, plans }: DashboardLists,
  params: URLSearchParams,
  officeUnit: string,
  today: Date,
): DashboardScope | null {
  const selection = readSelection(params, plans, officeUnit, today, { openOnToday: true });
  const plan = plans.find((p) => p.id === selection?.planId);
  if (selection === null || plan === undefined) return null;
  const predecessors = reportingUnits(selection.unitCode, units).slice(1);
  const subUnits = [...(childrenOf(units).get(selection.unitCode) ?? []), ...predecessors];
  // A former district and today's wards cover the same ground: the table holds the units that
  // existed at the period's end (each counts its predecessors through the crosswalk).
  const lastDay = periodDays(selection.period).to;
  const byCode = new Map(units.map((u) => [u.code, u]));
  const tableUnits = subUnits.filter((code) => {
    const unit = byCode.get(code);
    return unit === undefined || unitValidOn(unit, lastDay);
  });
  return { selection, plan, subUnits, tableUnits };
}

/** The buckets the figures of the scope sum, per shown unit, in one read. */
export async function loadDashboardRows(
  store: BinhAnStore,
  { units }: DashboardLists,
  { selection, plan, tableUnits }: DashboardScope,
): Promise<Map<string, AggregateRow[]>> {
  const { unitCode, period } = selection;
  const kinds = kindsRead(plan.indicators);
  const wanted: BucketRef[] = [];
  // Keys per unit and part, so a code that is one unit's part and another's (read as months for one,
  // as spans for the other) never mixes the two.
  const asked = new Map<string, { part: ReportingPart; keys: string[] }[]>();
  const ask = (code: string, trend: boolean) => {
    const parts = reportingParts(code, units).map((part) => {
      const buckets = figureBuckets(plan, kinds, period, { trend, until: part.until });
      for (const b of buckets) wanted.push({ ...b, unit: part.code });
      return { part, keys: buckets.map((b) => bucketKey(b.kind, part.code, b.period)) };
    });
    asked.set(code, parts);
  };
  ask(unitCode, true);
  for (const code of tableUnits) ask(code, false);
  const found = await store.aggregates.buckets(wanted);
  const held = (keys: readonly string[]) =>
    keys.flatMap((key) => {
      const row = found.get(key);
      return row === undefined ? [] : [row];
    });
  return new Map(
    [...asked].map(([code, parts]) => [
      code,
      parts.flatMap(({ part, keys }) => rowsOfParts([part], () => held(keys))),
    ]),
  );
}

/** Both steps at once (the bench, tests): `null` when there is no plan to show. */
export async function loadDashboardData(
  store: BinhAnStore,
  { params, officeUnit, today }: { params: URLSearchParams; officeUnit: string; today: Date },
): Promise<DashboardData | null> {
  const lists = await loadDashboardLists(store);
  const scope = dashboardScope(lists, params, officeUnit, today);
  if (scope === null) return null;
  return { ...lists, ...scope, rows: await loadDashboardRows(store, lists, scope) };
}
