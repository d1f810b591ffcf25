import type { BinhAnStore } from '../../renderer/db';
import { loadPlanData } from '../../renderer/features/overview/load-plan-data';
import { computeFigures } from '../../shared/indicators/figures';
import { yearPeriod } from '../../shared/indicators/periods';
import { median } from './raw';

/**
 * What the Overview does when it opens: read the counters, plans, units and populations of a unit
 * (and of each unit below it, for the by-unit table) and compute every figure — indicators, trend,
 * breakdowns. Medians of `runs` after one warm-up, in all and of the reads alone; the cost should not
 * grow with the number of records.
 */
export async function timeDashboard(
  store: BinhAnStore,
  unitCode: string,
  runs: number,
  year = 2024,
): Promise<{ ms: number; readMs: number }> {
  const once = async () => {
    const t0 = performance.now();
    const data = await loadPlanData(store, unitCode, { withSubUnits: true });
    const read = performance.now() - t0;
    const plan = data.plans[0];
    if (plan === undefined) throw new Error('no plan in the bench store');
    const base = { plan, populations: data.populations, units: data.units };
    computeFigures({ ...base, rows: data.rows.get(unitCode) ?? [], unitCode, period: yearPeriod(year) });
    for (const sub of data.subUnits)
      computeFigures({ ...base, rows: data.rows.get(sub) ?? [], unitCode: sub, period: yearPeriod(year) });
    return { ms: performance.now() - t0, read };
  };
  await once();
  const samples: { ms: number; read: number }[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await once());
  return { ms: median(samples.map((s) => s.ms)), readMs: median(samples.map((s) => s.read)) };
}
