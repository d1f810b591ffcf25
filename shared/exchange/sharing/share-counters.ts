import { type AggregateRow, BUCKET_KINDS } from '../../aggregates/buckets.ts';
import { sharedCaseCounts } from '../../aggregates/case-counters.ts';
import type { SharedAggregate } from './shared-records.ts';

/**
 * One counter row as it leaves the office. Case counters: the indicators' counts exact (every case,
 * whatever its consent), breakdowns for consenting cases only, plus `notConsented` (see
 * shared/aggregates/case-counters.ts). Programme counters (trainees, schools, reach) carry no survivor
 * and leave as they are. Nothing is suppressed here and no list of hidden categories leaves: small
 * cells are hidden where figures are published, by the reports and files made from them.
 */
export function shareCounters(row: AggregateRow): SharedAggregate {
  const counts = row.kind === BUCKET_KINDS.cases ? sharedCaseCounts(row.counts) : { ...row.counts };
  return { key: row.key, kind: row.kind, unit: row.unit, period: row.period, counts };
}
