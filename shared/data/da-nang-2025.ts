import { z } from 'zod';
import type { UnitInput } from '../model/unit';
import { DA_NANG_CODE, QUANG_NAM_CODE, UNITS_ABOLISHED_ON, UNITS_VALID_FROM } from './quang-nam-units';

/**
 * Đà Nẵng city's commune level since 1 July 2025, built from `da-nang-2025-communes.csv` (94 rows,
 * each citing its sources; see README.md beside it): the 94 new units, the former communes and wards
 * they were formed from, and the former districts of both Đà Nẵng and Quảng Nam. Nothing here is
 * typed by hand: every name, clause and code comes from a row of the file, and a row that does not
 * parse is an error, not a guess.
 *
 * The crosswalk is in the units themselves:
 * - a former commune ends on 30/06/2025 and names its successor (two for xã Hòa Liên, which the
 *   resolution split between phường Hải Vân and phường Liên Chiểu);
 * - a new unit that kept a former commune's code (most did: GSO gave the new unit the code of one of
 *   its predecessors) is that code's record from 1 July 2025 on, and remembers the district the code
 *   was in (`formerParentCode`), so the old district's earlier months still count it;
 * - former districts and Quảng Nam end on 30/06/2025 inside Đà Nẵng (their territory is the city's now).
 */

const csvRowSchema = z.strictObject({
  new_unit: z.string().min(1),
  new_type: z.enum(['phường', 'xã', 'đặc khu']),
  clause: z.string().regex(/^Điều 1 khoản \d+$/),
  predecessors: z.string().min(1),
  former_districts: z.string().min(1),
  code: z.string().regex(/^\d{5}$/),
  source: z.string().min(1),
});
export type CommuneSourceRow = z.infer<typeof csvRowSchema>;

/** The file's rows, checked. Fields hold no commas or quotes (checked here), so a split is exact. */
export function parseCommuneRows(csv: string): CommuneSourceRow[] {
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const names = (header ?? '').split(',');
  return lines.map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== names.length || line.includes('"'))
      throw new Error(`da-nang-2025-communes.csv line ${i + 2}: expected ${names.length} plain fields`);
    return csvRowSchema.parse(Object.fromEntries(names.map((name, k) => [name, cells[k]])));
  });
}

const KINDS = { phường: 'ward', xã: 'commune', 'đặc khu': 'special_zone', 'thị trấn': 'township' } as const;
const DISTRICT_KINDS = {
  quận: 'district',
  huyện: 'district',
  'thị xã': 'town',
  'thành phố': 'city',
} as const;

/** "phường Thanh Bình", "xã Hòa Liên (một phần)" → its type and bare name ("Thanh Bình"), as units keep them. */
function splitTyped<K extends string>(text: string, types: Record<K, string>): { type: K; name: string } {
  const clean = text.replace(/\s*\((một phần|phần còn lại)\)$/, '').trim();
  const type = (Object.keys(types) as K[])
    .sort((a, b) => b.length - a.length)
    .find((t) => clean.startsWith(`${t} `));
  if (type === undefined) throw new Error(`unit without a type: ${text}`);
  return { type, name: clean.slice(type.length + 1) };
}

/** The old codes the row's source cites, in the order of its predecessors: output/<province>/<district>/<commune>.json. */
function citedOldUnits(row: CommuneSourceRow): { province: string; district: string; code: string }[] {
  return [...row.source.matchAll(/output\/(\d{2})\/(\d{3})\/(\d{5})\.json/g)].map((m) => ({
    province: m[1] ?? '',
    district: m[2] ?? '',
    code: m[3] ?? '',
  }));
}

const citation = (row: CommuneSourceRow): string =>
  `NQ 1659/NQ-UBTVQH15, ${row.clause}; mã: Công văn 1027/CTK-CSCL | ${row.source}`;

/** District codes by name: from rows whose predecessors all lie in one former district. */
function districtCodes(rows: readonly CommuneSourceRow[]): Map<string, { code: string; province: string }> {
  const out = new Map<string, { code: string; province: string }>();
  // Rows over one district name it outright; rows over two name the remaining one by elimination.
  for (let pass = 0; pass < 3; pass += 1) {
    for (const row of rows) {
      const districts = row.former_districts.split('; ');
      const cited = [...new Set(citedOldUnits(row).map((u) => `${u.province}/${u.district}`))];
      const unknownNames = districts.filter((d) => !out.has(d));
      const known = new Set([...out.values()].map((v) => `${v.province}/${v.code}`));
      const unknownCodes = cited.filter((c) => !known.has(c));
      if (unknownNames.length === 1 && unknownCodes.length === 1) {
        const [province, code] = (unknownCodes[0] ?? '').split('/');
        out.set(unknownNames[0] ?? '', { code: code ?? '', province: province ?? '' });
      }
    }
  }
  return out;
}

export type Units2025 = {
  /** Every unit: new communes, former communes, former Đà Nẵng districts. */
  units: UnitInput[];
  /** Predecessor names the source gives without a code (huyện Hoàng Sa): shown, not keyed. */
  uncoded: { successor: string; name: string }[];
};

/**
 * The units of the file. Quảng Nam's districts are in quang-nam-units.ts (their codes are cited
 * there too); this adds Đà Nẵng's former districts, which the rows' sources name by code.
 */
export function units2025(rows: readonly CommuneSourceRow[]): Units2025 {
  const districts = districtCodes(rows);
  const units = new Map<string, UnitInput>();
  const uncoded: Units2025['uncoded'] = [];
  for (const [name, { code, province }] of districts) {
    if (province !== DA_NANG_CODE) continue;
    const { type, name: bare } = splitTyped(name, DISTRICT_KINDS);
    units.set(code, {
      code,
      name: bare,
      level: 'district',
      kind: DISTRICT_KINDS[type],
      parentCode: DA_NANG_CODE,
      validFrom: null,
      validTo: UNITS_ABOLISHED_ON,
      successorCodes: [],
      formerParentCode: null,
      source: `dvhcvn/20250701@dd94887 output/${DA_NANG_CODE}/${code}/ (${name})`,
    });
  }
  for (const row of rows) {
    const { type } = splitTyped(`${row.new_type} ${row.new_unit}`, KINDS);
    const predecessors = row.predecessors.split('; ');
    const cited = citedOldUnits(row);
    const own = cited.find((u) => u.code === row.code);
    units.set(row.code, {
      code: row.code,
      name: row.new_unit,
      level: 'commune',
      kind: KINDS[type],
      parentCode: DA_NANG_CODE,
      validFrom: UNITS_VALID_FROM,
      validTo: null,
      successorCodes: [],
      formerParentCode: own?.district ?? null,
      source: citation(row),
    });
    if (cited.length !== predecessors.length) {
      // The source pairs no code with these predecessors (huyện Hoàng Sa): they are named, not keyed.
      for (const name of predecessors) uncoded.push({ successor: row.code, name });
      continue;
    }
    predecessors.forEach((text, i) => {
      const old = cited[i];
      if (old === undefined || old.code === row.code) return;
      const { type: oldType, name } = splitTyped(text, KINDS);
      const held = units.get(old.code);
      if (held !== undefined) {
        // One former commune split between two new units (xã Hòa Liên): both are its successors.
        // (A code a new unit kept stays that unit's: its records are already under it.)
        if (held.validTo === UNITS_ABOLISHED_ON)
          held.successorCodes = [...(held.successorCodes ?? []), row.code];
        return;
      }
      units.set(old.code, {
        code: old.code,
        name,
        level: 'commune',
        kind: KINDS[oldType],
        parentCode: old.district,
        validFrom: null,
        validTo: UNITS_ABOLISHED_ON,
        successorCodes: [row.code],
        formerParentCode: null,
        source: `${citation(row)} (${text})`,
      });
    });
  }
  return { units: [...units.values()], uncoded };
}

export { DA_NANG_CODE, QUANG_NAM_CODE };
