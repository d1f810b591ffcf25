import type { SchemaStep } from './step';
import { v4 } from './v4-consent-counters';

/**
 * v5: survivors' data-rights requests (Law 91/2025/QH15 on personal data protection, Art. 4): one row
 * per request — who asked, which right, when, which administrator approved it (with the signature of
 * the office's admin authority key) and the outcome — indexed by case and by time. Local to the
 * office, never exported. A new table only, so there is nothing to convert and no upgrade function.
 */
export const v5: SchemaStep = {
  version: 5,
  stores: { ...v4.stores, rightsRequests: 'id, caseId, at' },
};
