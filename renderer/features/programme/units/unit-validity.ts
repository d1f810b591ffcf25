import type { UnitRecord } from '../../../../shared/model';

/** The day after yyyy-MM-dd: a successor takes over the day after its predecessor ends. */
export function dayAfter(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/** Successor names for display ("Đà Nẵng"), falling back to the code for a unit not in the list. */
export function successorNames(unit: UnitRecord, byCode: ReadonlyMap<string, UnitRecord>): string {
  return unit.successorCodes.map((code) => byCode.get(code)?.name ?? code).join(', ');
}
