import type { Dhis2Mapping } from './mapping';
import { dhis2Period } from './period';
import type { Dhis2Export } from './published-values';

/** One value as DHIS2's `dataValueSets` carries it (values are strings, as DHIS2 itself exports them). */
export type DataValue = {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo?: string;
  value: string;
};
export type DataValueSet = { dataSet: string; completeDate: string; dataValues: DataValue[] };

/**
 * The export as a DHIS2 `dataValueSets` JSON document, every identifier a code (import with the
 * CODE id scheme). A value without disaggregation leaves out `categoryOptionCombo`, which DHIS2 reads
 * as the default combo. Suppressed figures are absent: DHIS2 has no "suppressed" flag, and a
 * missing value is how it tells "not reported" (a comment-only value would tell that it is small).
 */
export function dataValueSet(
  exported: Dhis2Export,
  mapping: Pick<Dhis2Mapping, 'dataSet'>,
  today: string,
): DataValueSet {
  const period = dhis2Period(exported.period);
  return {
    dataSet: mapping.dataSet,
    completeDate: today,
    dataValues: exported.values.map((v) => ({
      dataElement: v.dataElement,
      period,
      orgUnit: v.orgUnit,
      ...(v.category === null ? {} : { categoryOptionCombo: v.category.optionCombo }),
      value: String(v.value),
    })),
  };
}

export const dataValueSetJson = (set: DataValueSet): string => `${JSON.stringify(set, null, 2)}\n`;
