import { describe, expect, it } from 'vitest';
import {
  adxMessage,
  DEFAULT_DHIS2_MAPPING,
  type Dhis2Mapping,
  dataValueSet,
  dataValueSetJson,
  dhis2MappingSchema,
  publishedValues,
} from '../../../../shared/dhis2';
import { IDENTIFYING_FIELDS } from '../../../../shared/exchange/identifying-fields';
import { recomputed } from '../../../support/disclosure-attack';
import { cases, communes, inputOf, ROOT, xmllint } from './fixtures';

const [A = '', B = '', C = '', D = '', E = ''] = communes;
const SENSITIVE = /^BA_(I4|I5|CASES)/;
const NOW = new Date('2026-01-15T03:04:05.000Z');

/** Eight communes, two of them with 1–4 cases, one with a single male survivor. */
const province = () =>
  inputOf({
    [A]: cases(12, { female: 9, soughtHelp: 7, needHelp: 10, needsMet: 8 }),
    [B]: cases(9, { female: 9, soughtHelp: 6, needHelp: 9, needsMet: 6, age: '18-25' }),
    [C]: cases(3, { female: 2, soughtHelp: 1, needHelp: 3, needsMet: 2 }),
    [D]: cases(20, {
      female: 14,
      soughtHelp: 15,
      needHelp: 18,
      needsMet: 15,
      notGbv: 2,
      type: 'psychological_abuse',
    }),
    [E]: cases(1, { female: 0 }),
  });

describe('DHIS2 dataValueSets JSON', { timeout: 120_000 }, () => {
  it('names data elements, periods, org units and category option combos by code, values as strings', () => {
    const set = dataValueSet(publishedValues(province()), DEFAULT_DHIS2_MAPPING, '2026-01-15');
    expect(set.dataSet).toBe('BA_GBV');
    expect(set.completeDate).toBe('2026-01-15');
    expect(set.dataValues.length).toBeGreaterThan(20);
    for (const v of set.dataValues) {
      expect(Object.keys(v).sort()).toEqual(
        v.categoryOptionCombo === undefined
          ? ['dataElement', 'orgUnit', 'period', 'value']
          : ['categoryOptionCombo', 'dataElement', 'orgUnit', 'period', 'value'],
      );
      expect(v.period).toBe('2025');
      expect(v.value).toMatch(/^-?\d+$/);
    }
    // Every value that leaves is the province's own figure (A: 12 cases, 9 women; B: 9, all women;
    // D: 20, 14 women), or is not there at all.
    const truth: Record<string, [number, number]> = { [A]: [12, 9], [B]: [9, 9], [D]: [20, 14] };
    const at = (unit: string, element: string, combo?: string) =>
      set.dataValues.find(
        (v) => v.orgUnit === unit && v.dataElement === element && v.categoryOptionCombo === combo,
      )?.value;
    let shown = 0;
    for (const [unit, [total, women]] of Object.entries(truth)) {
      for (const [value, expected] of [
        [at(unit, 'BA_CASES'), total],
        [at(unit, 'BA_CASES_SEX', 'BA_SEX_FEMALE'), women],
      ] as const) {
        if (value === undefined) continue;
        shown += 1;
        expect(value).toBe(String(expected));
      }
    }
    expect(shown).toBeGreaterThan(2);
    expect(dhis2Period(publishedValues(inputOf({ [A]: cases(6) }, { part: 'firstHalf' })))).toBe('2025S1');
    const text = dataValueSetJson(set);
    expect(JSON.parse(text)).toEqual(set);
  });

  it('names the second half July–December (2025S2) and counts its months there, not in the first half', () => {
    // The fixture's cases are in August.
    const half = (part: 'firstHalf' | 'secondHalf') => {
      const set = dataValueSet(
        publishedValues(inputOf({ [A]: cases(6), [B]: cases(7) }, { part })),
        DEFAULT_DHIS2_MAPPING,
        '2026-01-15',
      );
      return {
        periods: new Set(set.dataValues.map((v) => v.period)),
        casesOfA: set.dataValues.find((v) => v.orgUnit === A && v.dataElement === 'BA_CASES')?.value,
      };
    };
    expect(half('secondHalf')).toEqual({ periods: new Set(['2025S2']), casesOfA: '6' });
    // Nothing in January–June: the first half's file holds no case count of A's.
    expect(half('firstHalf')).toEqual({ periods: new Set(['2025S1']), casesOfA: undefined });
  });

  it('a unit without a shipped or typed DHIS2 code is reported as unmapped, never guessed', () => {
    const mapping: Dhis2Mapping = {
      ...DEFAULT_DHIS2_MAPPING,
      orgUnits: { [A]: 'VN_DN_HAI_CHAU', [B]: null },
    };
    const input = { ...province(), mapping };
    input.units = [
      ...input.units,
      { ...input.units[0], code: 'T1', name: 'Test', parentCode: ROOT } as never,
    ];
    input.subUnits = [...input.subUnits, 'T1'];
    input.rows = new Map([...input.rows, ['T1', []]]);
    input.selected = new Set([A, B, 'T1']);
    const out = publishedValues(input);
    expect(out.unmappedUnits.sort()).toEqual([B, 'T1'].sort());
    const orgUnits = new Set(out.values.map((v) => v.orgUnit));
    expect([...orgUnits]).toEqual(['VN_DN_HAI_CHAU']);
  });
});

describe('ADX', { timeout: 120_000 }, () => {
  it('is valid under the loose ADX schema (xmllint), with the namespace, exported time and start/duration period', async () => {
    const periods = { year: '2025-01-01/P1Y', firstHalf: '2025-01-01/P6M', secondHalf: '2025-07-01/P6M' };
    for (const [part, period] of Object.entries(periods) as [keyof typeof periods, string][]) {
      const input = { ...province(), period: { year: 2025, part } };
      const xml = adxMessage(publishedValues(input), DEFAULT_DHIS2_MAPPING, NOW) ?? '';
      expect(xml).toContain('<adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-01-15T03:04:05.000Z">');
      expect(xml).toContain(`period="${period}"`);
      expect(xml).toMatch(/<dataValue dataElement="BA_CASES_SEX" BA_SEX="BA_SEX_FEMALE" value="\d+"\/>/);
      const verdict = await xmllint(xml);
      expect(verdict.output).toContain('validates');
      expect(verdict.ok).toBe(true);
    }
  });

  it('the schema refuses what ADX forbids: a group without values, a period without a duration', async () => {
    const xml = adxMessage(publishedValues(province()), DEFAULT_DHIS2_MAPPING, NOW) ?? '';
    expect((await xmllint(xml.replace('/P1Y', '/P'))).ok).toBe(false);
    expect((await xmllint(xml.replace(/<dataValue[^>]*\/>\n/g, ''))).ok).toBe(false);
    expect((await xmllint(xml.replace(' exported="2026-01-15T03:04:05.000Z"', ''))).ok).toBe(false);
  });

  it('an export with nothing left makes no ADX message (a message needs a group)', () => {
    expect(
      adxMessage(publishedValues({ ...province(), selected: new Set() }), DEFAULT_DHIS2_MAPPING, NOW),
    ).toBeNull();
  });
});

describe('disclosure control in both files (canary)', { timeout: 120_000 }, () => {
  it('no survivor figure from 1 to 4 leaves, and nothing hidden can be worked out from what is in the file', () => {
    const input = province();
    const out = publishedValues(input);
    const json = dataValueSet(out, DEFAULT_DHIS2_MAPPING, '2026-01-15');
    const xml = adxMessage(out, DEFAULT_DHIS2_MAPPING, NOW) ?? '';
    for (const v of json.dataValues)
      if (SENSITIVE.test(v.dataElement))
        expect(Number(v.value) === 0 || Number(v.value) >= 5, JSON.stringify(v)).toBe(true);
    for (const match of xml.matchAll(/dataElement="(BA_(?:I4|I5|CASES)[^"]*)"[^>]*value="(\d+)"/g))
      expect(Number(match[2]) === 0 || Number(match[2]) >= 5, match[0]).toBe(true);
    // Commune C (3 cases) and E (1) are suppressed, and so is something beside them.
    expect(out.suppressed.filter((s) => s.figure === 'cases.total').map((s) => s.unitCode)).toEqual(
      expect.arrayContaining([C, E]),
    );
    // The attacker reads the sex table from the file: rows are units, a missing value is unknown, the
    // column totals are known where the province's own report would print them (not small).
    const rows = [...communes.filter((c) => input.rows.get(c)?.length), ROOT];
    const has = (unit: string, element: string, combo?: string) =>
      json.dataValues.some(
        (v) => v.orgUnit === unit && v.dataElement === element && v.categoryOptionCombo === combo,
      );
    const combos = ['BA_SEX_FEMALE', 'BA_SEX_MALE', 'BA_SEX_OTHER', 'BA_SEX_NONE'];
    const leaked = recomputed({
      cells: rows.map((u) => combos.map((c) => !has(u, 'BA_CASES_SEX', c))),
      rowTotals: rows.map((u) => !has(u, 'BA_CASES')),
      colTotals: combos.map(() => true),
      total: true,
    });
    // Column totals are sums of what is printed; no cell and no unit's total may follow.
    expect(leaked.filter((name) => !name.startsWith('col') && name !== 'total')).toEqual([]);
  });

  it('GBV cases hidden under I4 cannot be recomputed as all cases less the non-GBV ones', () => {
    // Commune A: 9 cases, 6 of them not GBV: 3 GBV cases (I4's denominator) must not follow from 9 − 6.
    const out = publishedValues(
      inputOf({ [A]: cases(9, { notGbv: 6, soughtHelp: 2, needHelp: 8, needsMet: 8 }), [B]: cases(30) }),
    );
    const at = (element: string, combo?: string) =>
      out.values.find(
        (v) => v.orgUnit === A && v.dataElement === element && v.category?.optionCombo === combo,
      )?.value;
    expect(at('BA_I4_DEN')).toBeUndefined();
    expect(at('BA_CASES') === undefined || at('BA_CASES_TYPE', 'BA_TYPE_NOT_GBV') === undefined).toBe(true);
  });

  it('a name or an identifying field in the counters never reaches either file', () => {
    const canary = 'Nguyễn Thị Canary';
    const input = inputOf({
      [A]: { ...cases(8), [`fullName:${canary}`]: 8, phone: 1, [`sex:${canary}`]: 8 },
    });
    const out = publishedValues(input);
    const text = `${dataValueSetJson(dataValueSet(out, DEFAULT_DHIS2_MAPPING, '2026-01-15'))}${adxMessage(out, DEFAULT_DHIS2_MAPPING, NOW)}`;
    expect(text).not.toContain('Canary');
    for (const field of IDENTIFYING_FIELDS) expect(text).not.toMatch(new RegExp(`\\b${field}\\b`));
  });

  it('at an office, breakdowns leave only as a bundle would carry them (consenting cases, enough of them)', () => {
    // The office's own rows hold every case (sex:…) and the consenting copies (sex_c:…).
    const input = inputOf({ [A]: { ...cases(6), 'sex_c:female': 2, notConsented: 4 } }, { selected: [A] });
    input.officeChain = [A, ROOT];
    const out = publishedValues(input);
    // 2 consenting cases < 5: no sex breakdown leaves; the exact total (6) does.
    expect(out.values.find((v) => v.dataElement === 'BA_CASES')?.value).toBe(6);
    expect(out.values.some((v) => v.category?.optionCombo === 'BA_SEX_FEMALE' && v.value > 0)).toBe(false);
  });
});

describe('the mapping', { timeout: 120_000 }, () => {
  it('ships valid defaults and refuses codes that would break the files', () => {
    expect(dhis2MappingSchema.parse(DEFAULT_DHIS2_MAPPING)).toEqual(DEFAULT_DHIS2_MAPPING);
    const withCategory = (category: string) => ({
      ...DEFAULT_DHIS2_MAPPING,
      breakdowns: {
        ...DEFAULT_DHIS2_MAPPING.breakdowns,
        sex: { ...DEFAULT_DHIS2_MAPPING.breakdowns.sex, category },
      },
    });
    for (const bad of ['value', 'dataElement', 'xmlns', 'a:b', '1SEX', 'SEX "x"'])
      expect(dhis2MappingSchema.safeParse(withCategory(bad)).success, bad).toBe(false);
    expect(dhis2MappingSchema.safeParse({ ...DEFAULT_DHIS2_MAPPING, casesTotal: 'a<b' }).success).toBe(false);
    const { none: _, ...missing } = DEFAULT_DHIS2_MAPPING.breakdowns.age.options;
    expect(
      dhis2MappingSchema.safeParse({
        ...DEFAULT_DHIS2_MAPPING,
        breakdowns: {
          ...DEFAULT_DHIS2_MAPPING.breakdowns,
          age: { ...DEFAULT_DHIS2_MAPPING.breakdowns.age, options: missing },
        },
      }).success,
    ).toBe(false);
  });
});

function dhis2Period(out: ReturnType<typeof publishedValues>): string | undefined {
  return dataValueSet(out, DEFAULT_DHIS2_MAPPING, '2026-01-15').dataValues[0]?.period;
}
