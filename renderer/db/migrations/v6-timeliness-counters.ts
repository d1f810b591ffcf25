import type { SchemaStep } from './step';
import { rebuildForConsentCounters } from './v4-consent-counters';
import { v5 } from './v5-rights-requests';

/**
 * v6: no new tables or indexes; each case's counters gain its timeliness (`svcDays:<n>` or `svcNone`,
 * and `fuNext:<day>` while it is open — shared/aggregates/contributions.ts), which the dashboard reads
 * instead of scanning cases. Counters written before v6 lack them, so every counter is rebuilt from
 * the records in the upgrade's transaction, as v4 did.
 */
export const v6: SchemaStep = { version: 6, stores: { ...v5.stores }, upgrade: rebuildForConsentCounters };
