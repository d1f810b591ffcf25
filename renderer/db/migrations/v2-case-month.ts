import type { Transaction } from 'dexie';
import type { SchemaStep } from './step';
import { v1 } from './v1-initial';

/** Fills `month` (yyyy-MM of the report date) on every case written before v2. */
export async function backfillCaseMonth(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((record: { reportDate?: unknown; month?: unknown }) => {
      if (typeof record.reportDate === 'string') record.month = record.reportDate.slice(0, 7);
    });
}

/**
 * v2: cases gain `month` with an [incidentUnit+month] index for the case list's unit and period
 * filters; drafts get their own table.
 */
export const v2: SchemaStep = {
  version: 2,
  stores: {
    ...v1.stores,
    cases: `${v1.stores.cases}, [incidentUnit+month]`,
    drafts: 'id, userId, updatedAt',
  },
  upgrade: backfillCaseMonth,
};
