import type { SchemaStep } from './step';
import { v6 } from './v6-timeliness-counters';

/**
 * v7: case-level rows no longer leave an office (shared/exchange/sharing: cases travel as counters
 * only), so the province deletes the de-identified case rows earlier bundles brought. They fed no
 * figure (the dashboard reads counters), and every row kept is one more that could be linked back to
 * a survivor. Nothing else changes.
 */
export const v7: SchemaStep = {
  version: 7,
  stores: { ...v6.stores },
  // Once, in the upgrade: a scan of the province's inbound rows (no index leads with the type).
  upgrade: async (tx) => {
    await tx
      .table('inbound')
      .filter((row: { type?: unknown }) => row.type === 'cases')
      .delete();
  },
};
