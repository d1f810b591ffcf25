import type { AggregateRow } from '../../../shared/aggregates/buckets';
import { kindsRead } from '../../../shared/indicators/evaluate';
import type { PopulationEntry } from '../../../shared/indicators/population';
import { childrenOf, reportingParts, reportingUnits, rowsOfParts } from '../../../shared/indicators/units';
import type { PlanRecord, UnitRecord } from '../../../shared/model';
import type { BinhAnStore } from '../../db';

/**
 * Everything the dashboard and the report compute from, read through the store's repositories:
 * aggregate rows (a few dozen per unit, whatever the number of records), the plans, the units and
 * the target populations (small tables). No record is scanned.
 */
export type PlanData = {
  units: UnitRecord[];
  plans: PlanRecord[];
  populations: PopulationEntry[];
  /** The units shown beside the chosen one (its children, and predecessors merged into it). */
  subUnits: string[];
  /** Aggregate rows for the chosen unit and each sub-unit, each with its crosswalk predecessors merged. */
  rows: Map<string, AggregateRow[]>;
};

export async function loadPlanData(
  store: BinhAnStore,
  unitCode: string,
  { withSubUnits }: { withSubUnits: boolean },
): Promise<PlanData> {
  const [units, plans, populations] = await Promise.all([
    store.units.list(),
    store.plans.list(),
    store.populations.list(),
  ]);
  const predecessors = reportingUnits(unitCode, units).slice(1);
  const subUnits = withSubUnits ? [...(childrenOf(units).get(unitCode) ?? []), ...predecessors] : [];
  const codes = [unitCode, ...subUnits];
  // Only the counter kinds some plan's formulas read, for every unit and its crosswalk
  // predecessors, in one read transaction (a transaction per unit and kind cost more than the reads).
  const kinds = kindsRead(plans.flatMap((p) => p.indicators));
  const roots = new Map(codes.map((code) => [code, reportingParts(code, units)]));
  const byRoot = await store.aggregates.rowsMany(
    kinds,
    [...roots.values()].flat().map((part) => part.code),
  );
  return {
    units,
    plans,
    populations,
    subUnits,
    rows: new Map(
      [...roots].map(([code, parts]) => [code, rowsOfParts(parts, (root) => byRoot.get(root) ?? [])]),
    ),
  };
}
