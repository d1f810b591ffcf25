import type { SchemaStep } from './step';
import { v2 } from './v2-case-month';

/**
 * v3: the province's consolidated office data (exchange). `inbound` holds the de-identified rows each
 * office sent, keyed by the sending unit, the record type and the row's id; `officeAggregates` the
 * last counter snapshot of each office (kept so the next snapshot can be applied as a difference).
 * New tables only, so there is nothing to convert and no upgrade function.
 */
export const v3: SchemaStep = {
  version: 3,
  stores: {
    ...v2.stores,
    inbound: '[origin+type+id], [origin+type], origin',
    officeAggregates: 'key, origin',
  },
};
