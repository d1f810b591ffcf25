import {
  adxMessage,
  type Dhis2Export,
  type Dhis2Mapping,
  dataValueSet,
  dataValueSetJson,
} from '../../../shared/dhis2';
import type { PeriodPart, ReportPeriod } from '../../../shared/indicators/periods';

export type ExportFile = { name: string; bytes: Uint8Array; type: string };

/** The half years are named apart, so the two six-monthly files of a year never overwrite each other. */
const PART_IN_NAME: Record<PeriodPart, string> = {
  year: '',
  firstHalf: '-6-thang',
  secondHalf: '-6-thang-cuoi',
};

const stem = (period: ReportPeriod, unit: string) =>
  `dhis2-${period.year}${PART_IN_NAME[period.part]}-${unit}`;

/** The dataValueSets JSON file of an export; `today` is the local yyyy-MM-dd of the completeDate. */
export function jsonFile(exported: Dhis2Export, mapping: Dhis2Mapping, unit: string, now: Date): ExportFile {
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return {
    name: `${stem(exported.period, unit)}.json`,
    bytes: new TextEncoder().encode(dataValueSetJson(dataValueSet(exported, mapping, today))),
    type: 'application/json',
  };
}

/** The ADX file, or null when nothing is left to export (ADX needs at least one group). */
export function adxFile(
  exported: Dhis2Export,
  mapping: Dhis2Mapping,
  unit: string,
  now: Date,
): ExportFile | null {
  const xml = adxMessage(exported, mapping, now);
  return xml === null
    ? null
    : {
        name: `${stem(exported.period, unit)}-adx.xml`,
        bytes: new TextEncoder().encode(xml),
        type: 'application/xml',
      };
}
