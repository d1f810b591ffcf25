import type { Transaction } from 'dexie';
import type { AggregateRow } from '../../../shared/aggregates/buckets';
import { rollUpSpans } from '../../../shared/aggregates/spans';
import type { SchemaStep } from './step';
import { v8 } from './v8-counter-changes';

/** Fills the span roll-ups from the monthly counters an older version kept. */
export async function fillCounterSpans(tx: Transaction): Promise<void> {
  const months = await tx.table<AggregateRow, string>('aggregates').toArray();
  const spans = tx.table<AggregateRow, string>('counterSpans');
  await spans.clear();
  await spans.bulkPut([...rollUpSpans(months).values()]);
}

/**
 * v9: span roll-ups of the monthly counters (shared/aggregates/spans.ts) — per unit, kind and year or
 * half year — so the dashboard reads one row per unit and period, whatever the number of offices
 * and months, instead of twelve a year. Keyed like the counters (`kind|unit|span`); derived, local,
 * never exported. Both tables get a (kind, period) index: the by-unit table asks for one period of a
 * hundred units, which one index read answers (AggregatesRepository.buckets).
 */
export const v9: SchemaStep = {
  version: 9,
  stores: {
    ...v8.stores,
    aggregates: `${v8.stores.aggregates}, [kind+period]`,
    counterSpans: 'key, [kind+period]',
  },
  upgrade: fillCounterSpans,
};
