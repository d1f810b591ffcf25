import type { IndicatorResult } from '../../../shared/indicators/evaluate';
import {
  computeFigures,
  type Figures,
  indicatorsAt,
  periodCaseCounts,
} from '../../../shared/indicators/figures';
import { type Timeliness, timelinessFrom } from '../../../shared/indicators/timeliness';
import type { DashboardData } from './load-dashboard-data';

/** One row of the by-unit table, as numbers (the component adds names and links). */
export type UnitFigures = { code: string; cases: number; results: IndicatorResult[]; timeliness: Timeliness };

export type DashboardView = {
  /** The chosen unit: indicators, trend and case breakdowns of the period. */
  figures: Figures;
  timeliness: Timeliness;
  /** Each unit of the by-unit table. */
  units: UnitFigures[];
};

/** Every figure the Overview shows, computed from the buckets it read: pure, and what the bench times. */
export function dashboardView(data: DashboardData, today: string): DashboardView {
  const { plan, populations, units, selection } = data;
  const { unitCode, period } = selection;
  const base = { plan, populations, units };
  const own = data.rows.get(unitCode) ?? [];
  const figures = computeFigures({ ...base, rows: own, unitCode, period });
  return {
    figures,
    timeliness: timelinessFrom(own, period, today),
    units: data.tableUnits.map((code) => {
      const rows = data.rows.get(code) ?? [];
      const results = indicatorsAt({ ...base, rows, unitCode: code }, period);
      return {
        code,
        cases: periodCaseCounts(rows, period).total ?? 0,
        results,
        timeliness: timelinessFrom(rows, period, today),
      };
    }),
  };
}
