import type { BinhAnStore } from '../../renderer/db';
import { dashboardView } from '../../renderer/features/overview/dashboard-view';
import {
  dashboardScope,
  loadDashboardLists,
  loadDashboardRows,
} from '../../renderer/features/overview/load-dashboard-data';
import { todayIso } from '../../shared/model';
import { median } from './raw';

/**
 * What the Overview does when it opens on a unit and year: read the units, plans and populations,
 * resolve the selection, read the counter buckets its figures sum (the unit's and each unit's below
 * it, for the by-unit table) and compute every figure it shows — indicators, trend, breakdowns, the
 * by-unit table and timeliness (dashboard-view.ts, the component's own computation). Medians of
 * `runs` after one warm-up, in all and of the reads alone; the cost should not grow with the number
 * of records or of offices.
 */
export async function timeDashboard(
  store: BinhAnStore,
  unitCode: string,
  runs: number,
  year = 2024,
): Promise<{ ms: number; readMs: number; rows: number }> {
  const today = todayIso();
  const once = async () => {
    const t0 = performance.now();
    const lists = await loadDashboardLists(store);
    const listed = performance.now() - t0;
    const plan = lists.plans[0];
    if (plan === undefined) throw new Error('no plan in the bench store');
    const params = new URLSearchParams({ plan: plan.id, unit: unitCode, year: String(year), part: 'year' });
    const scope = dashboardScope(lists, params, unitCode, new Date());
    if (scope === null) throw new Error('no dashboard scope');
    const rows = await loadDashboardRows(store, lists, scope);
    const read = performance.now() - t0;
    dashboardView({ ...lists, ...scope, rows }, today);
    const rowCount = [...rows.values()].reduce((n, r) => n + r.length, 0);
    return { ms: performance.now() - t0, read, listed, rows: rowCount, units: scope.tableUnits.length };
  };
  const first = await once();
  const samples: { ms: number; read: number; listed: number }[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await once());
  const readMs = median(samples.map((s) => s.read));
  const listsMs = median(samples.map((s) => s.listed));
  console.log(
    `[bench] dashboard of ${unitCode}: ${first.units} units in the table, ${first.rows} counter rows; reads ${readMs.toFixed(1)} ms (units, plans, populations ${listsMs.toFixed(1)} ms)`,
  );
  return { ms: median(samples.map((s) => s.ms)), readMs, rows: first.rows };
}
