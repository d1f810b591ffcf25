import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type AggregateRow, bucketKey, type Counts } from '../../../../shared/aggregates/buckets';
import { QUANG_NAM_PLAN_2021_2025 } from '../../../../shared/data/quang-nam-plan';
import { SHIPPED_UNITS } from '../../../../shared/data/shipped-units';
import { DEFAULT_DHIS2_MAPPING, type Dhis2Input, type Dhis2Unit } from '../../../../shared/dhis2';
import type { PeriodPart } from '../../../../shared/indicators/periods';
import { planFieldsSchema } from '../../../../shared/model/plan';

export const ROOT = '48';
export const units: Dhis2Unit[] = SHIPPED_UNITS.map((u) => ({
  code: u.code,
  name: u.name,
  parentCode: u.parentCode,
  successorCodes: u.successorCodes ?? [],
  formerParentCode: u.formerParentCode ?? null,
  validFrom: u.validFrom,
  validTo: u.validTo,
}));
export const shippedCodes = new Set(SHIPPED_UNITS.map((u) => u.code));
/** Today's communes of Đà Nẵng (valid from 1 July 2025), in the file's order. */
export const communes = units
  .filter((u) => u.parentCode === ROOT && u.validFrom === '2025-07-01')
  .map((u) => u.code);

const sum = (rows: readonly Counts[]): Counts => {
  const out: Counts = {};
  for (const counts of rows) for (const [k, v] of Object.entries(counts)) out[k] = (out[k] ?? 0) + v;
  return out;
};

/**
 * Cases of 2025 (one month per unit, August) for some of today's communes, as the province holds
 * them; the city's rows hold their sum (counters roll up to every ancestor) plus `extraAtRoot`.
 */
export function inputOf(
  byCommune: Record<string, Counts>,
  options: { extraAtRoot?: Counts; selected?: readonly string[]; part?: PeriodPart } = {},
): Dhis2Input {
  const row = (unit: string, counts: Counts): AggregateRow => ({
    key: bucketKey('case', unit, '2025-08'),
    kind: 'case',
    unit,
    period: '2025-08',
    counts,
  });
  const rows = new Map<string, AggregateRow[]>(communes.map((c) => [c, []]));
  for (const [code, counts] of Object.entries(byCommune)) rows.set(code, [row(code, counts)]);
  rows.set(ROOT, [row(ROOT, sum([...Object.values(byCommune), options.extraAtRoot ?? {}]))]);
  return {
    plan: planFieldsSchema.parse(QUANG_NAM_PLAN_2021_2025),
    units,
    populations: [],
    rootCode: ROOT,
    rows,
    subUnits: communes,
    period: { year: 2025, part: options.part ?? 'year' },
    threshold: 5,
    mapping: DEFAULT_DHIS2_MAPPING,
    shippedCodes,
    selected: new Set(options.selected ?? [...communes, ROOT]),
    officeChain: null,
  };
}

/** A commune's month: `n` cases, all GBV, with the given splits. */
export function cases(
  n: number,
  {
    female = n,
    soughtHelp = n,
    needHelp = n,
    needsMet = n,
    notGbv = 0,
    age = '26-40',
    type = 'physical_assault',
  } = {},
): Counts {
  const out: Counts = {
    total: n,
    gbv: n - notGbv,
    soughtHelp,
    needHelp,
    needsMet,
    'sex:female': female,
    [`age:${age}`]: n,
    [`type:${type}`]: n - notGbv,
  };
  if (n - female > 0) out['sex:male'] = n - female;
  if (notGbv > 0) out['type:not_gbv'] = notGbv;
  return out;
}

/** xmllint's verdict on an ADX message under the project's own loose ADX schema. */
export async function xmllint(xml: string): Promise<{ ok: boolean; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'adx-'));
  const file = join(dir, 'export.xml');
  await writeFile(file, xml);
  const schema = join(import.meta.dirname, '../../../fixtures/adx/adx-loose.xsd');
  try {
    const { stderr } = await promisify(execFile)('xmllint', ['--noout', '--schema', schema, file]);
    return { ok: true, output: stderr };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) };
  }
}
