import type { Dhis2Mapping } from './mapping';
import { adxPeriod } from './period';
import type { Dhis2Export } from './published-values';

export const ADX_NAMESPACE = 'urn:ihe:qrph:adx:2015';

const xmlAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The export as an IHE ADX (2015) message: one `group` per org unit for the period (a start day and
 * a duration), each `dataValue` naming its data element and, for a breakdown, its category as an
 * attribute whose value is the category option code (`BA_SEX="BA_SEX_FEMALE"`), as DHIS2 reads ADX.
 * ADX requires a value on every dataValue and at least one dataValue per group, so a suppressed
 * figure is left out and a unit with nothing left makes no group. Returns null when no value at all
 * is left (an ADX message needs a group).
 */
export function adxMessage(
  exported: Dhis2Export,
  mapping: Pick<Dhis2Mapping, 'dataSet'>,
  exportedAt: Date,
): string | null {
  const period = adxPeriod(exported.period);
  const byUnit = new Map<string, Dhis2Export['values']>();
  for (const v of exported.values) byUnit.set(v.orgUnit, [...(byUnit.get(v.orgUnit) ?? []), v]);
  if (byUnit.size === 0) return null;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<adx xmlns="${ADX_NAMESPACE}" exported="${exportedAt.toISOString()}">`,
  ];
  for (const [orgUnit, values] of byUnit) {
    lines.push(
      `  <group orgUnit="${xmlAttr(orgUnit)}" period="${period}" dataSet="${xmlAttr(mapping.dataSet)}">`,
    );
    for (const v of values) {
      const category = v.category === null ? '' : ` ${v.category.code}="${xmlAttr(v.category.option)}"`;
      lines.push(`    <dataValue dataElement="${xmlAttr(v.dataElement)}"${category} value="${v.value}"/>`);
    }
    lines.push('  </group>');
  }
  lines.push('</adx>', '');
  return lines.join('\n');
}
