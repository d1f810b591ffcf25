import type { Transaction } from 'dexie';
import type { AggregateRow, BucketKind } from '../../../shared/aggregates/buckets';
import { rebuildAggregates } from '../../../shared/aggregates/rebuild';
import type { OfficeAggregateRow } from '../tables';
import { UnitTree } from '../unit-chain';
import type { SchemaStep } from './step';
import { v3 } from './v3-province-inbound';

/**
 * Rebuilds every counter from the records, in the upgrade's transaction: from v4 each case also
 * counts its breakdowns a second time when its consent allows de-identified reporting (`type_c:…`),
 * or once as `notConsented` — what an office's bundle carries (shared/aggregates/case-counters.ts).
 * Counters written before v4 lack those, so they are recomputed rather than patched.
 */
export async function rebuildForConsentCounters(tx: Transaction): Promise<void> {
  const tree = new UnitTree();
  tree.replace(await tx.table('units').toArray());
  const received = (await tx.table<OfficeAggregateRow>('officeAggregates').toArray()).map(
    ({ row }): AggregateRow => ({ ...row, kind: row.kind as BucketKind }),
  );
  const expected = rebuildAggregates(
    {
      cases: await tx.table('cases').toArray(),
      people: await tx.table('people').toArray(),
      attendances: await tx.table('attendances').toArray(),
      schools: await tx.table('schools').toArray(),
      activities: await tx.table('schoolActivities').toArray(),
      outreach: await tx.table('outreach').toArray(),
      received,
    },
    tree.chain,
  );
  const aggregates = tx.table<AggregateRow, string>('aggregates');
  await aggregates.clear();
  await aggregates.bulkPut([...expected.values()]);
}

/** v4: no new tables or indexes; the counters gain the consented breakdown copies. */
export const v4: SchemaStep = { version: 4, stores: { ...v3.stores }, upgrade: rebuildForConsentCounters };
