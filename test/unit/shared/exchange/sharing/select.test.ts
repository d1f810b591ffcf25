import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AggregateRow, bucketKey } from '../../../../../shared/aggregates/buckets';
import { NOT_CONSENTED } from '../../../../../shared/aggregates/case-counters';
import { rebuildAggregates } from '../../../../../shared/aggregates/rebuild';
import { findIdentifyingField } from '../../../../../shared/exchange/identifying-fields';
import {
  BREAKDOWN_WITHHELD,
  counterRowsNeededWith,
  pseudonymizer,
  SHARED_SCHEMAS,
  type SharedType,
  selectForSharing,
  shareCounters,
} from '../../../../../shared/exchange/sharing/index';
import {
  ageGroupOf,
  GBV_TYPES,
  NEEDS,
  SERVICE_OUTCOMES,
  SEXES,
} from '../../../../../shared/model/case-enums';
import type { CaseRecord } from '../../../../../shared/model/index';

const KEY = new Uint8Array(32).fill(7);
/** A district office (20281) under the province (49) with two communes. */
const PARENTS: Record<string, string | null> = {
  '49': null,
  '20281': '49',
  '20284': '20281',
  '20290': '20281',
};
const chain = (code: string): string[] => {
  const out = [code];
  for (let at = PARENTS[code] ?? null; at !== null; at = PARENTS[at] ?? null) out.push(at);
  return out;
};
const THRESHOLD = 5;
const options = {
  pseudonymize: pseudonymizer(KEY),
  counters: { officeChain: chain('20281'), threshold: THRESHOLD },
};

/** A canary: a value unlikely to appear by chance, so finding it in the output means it leaked. */
const canary = (tag: string) =>
  fc.string({ minLength: 4, maxLength: 12 }).map((s) => `Canary${tag}·${s}·Ngọc Ánh`);
const day = fc
  .date({ min: new Date('2024-01-01'), max: new Date('2024-03-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A full local case as the store keeps it, identity and all (the vault stands in as plain fields). */
const localCase = fc.record({
  id: fc.uuid(),
  caseCode: canary('Code'),
  rev: fc.integer({ min: 1, max: 50 }),
  deletedAt: fc.option(fc.constant('2025-07-01T08:00:00.000Z'), { nil: null }),
  reportDate: day,
  incidentOffset: fc.integer({ min: 0, max: 40 }),
  incidentUnit: fc.constantFrom('20284', '20290'),
  gbvType: fc.constantFrom(...GBV_TYPES),
  age: fc.integer({ min: 0, max: 99 }),
  sex: fc.constantFrom(...SEXES),
  ethnicity: canary('Ethnic'),
  soughtHelp: fc.boolean(),
  needs: fc.uniqueArray(fc.constantFrom(...NEEDS), { maxLength: 4 }),
  outcomes: fc.array(fc.constantFrom(...SERVICE_OUTCOMES), { maxLength: 4 }),
  provider: canary('Provider'),
  consent: fc.boolean(),
  status: fc.constantFrom('open', 'closed' as const),
  fullName: canary('Name'),
  phone: fc.stringMatching(/^09\d{8}$/),
  address: canary('Address'),
  idNumber: fc.stringMatching(/^0\d{11}$/),
  birthYear: fc.integer({ min: 1930, max: 2020 }),
  narrative: canary('Story'),
});
type Generated = typeof localCase extends fc.Arbitrary<infer T> ? T : never;

function toRecord(g: Generated) {
  const incident = new Date(Date.parse(g.reportDate) - g.incidentOffset * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const record = {
    id: g.id,
    caseCode: g.caseCode,
    rev: g.rev,
    updatedAt: '2025-07-02T09:10:11.123Z',
    changeSeq: 42,
    deletedAt: g.deletedAt,
    origin: '20281',
    demo: false,
    reportDate: g.reportDate,
    month: g.reportDate.slice(0, 7),
    incidentDate: incident,
    incidentUnit: g.incidentUnit,
    gbvType: g.gbvType,
    context: 'family',
    referralSource: 'self',
    perpetrator: { relationship: 'intimate_partner', sex: 'male', ageGroup: '26-40' },
    dvCategories: [],
    ageGroup: ageGroupOf(g.age),
    survivor: { sex: g.sex, age: g.age, disability: 'unknown', ethnicity: g.ethnicity },
    soughtHelpFromProvider: g.soughtHelp,
    needs: g.needs,
    services: g.outcomes.map((outcome, i) => ({
      id: `svc-${g.id}-${i}`,
      need: g.needs[i % Math.max(1, g.needs.length)] ?? 'health',
      date: g.reportDate,
      provider: g.provider,
      outcome,
    })),
    followUps: [],
    consent: { services: true, referral: true, deidentifiedReporting: g.consent },
    status: g.status,
    // What the vault holds, here in plain sight: the rule must never read it.
    identity: {
      fullName: g.fullName,
      phone: g.phone,
      address: g.address,
      idNumbers: [g.idNumber],
      birthYear: g.birthYear,
      narrative: g.narrative,
    },
    vault: { v: 1, iv: new Uint8Array(12), ct: new TextEncoder().encode(g.fullName) },
    dupNamePhone: `dup-${g.id}`,
  };
  return record;
}

/** The office's counters for these cases, as its store maintains them. */
function countersOf(records: ReturnType<typeof toRecord>[]): AggregateRow[] {
  const rows = rebuildAggregates(
    {
      cases: records as unknown as CaseRecord[],
      people: [],
      attendances: [],
      schools: [],
      activities: [],
      outreach: [],
    },
    chain,
  );
  return [...rows.values()];
}

/** Every string value of a record, at any depth, that must never appear in what leaves. */
function secretsOf(record: ReturnType<typeof toRecord>): string[] {
  return [
    record.id,
    record.caseCode,
    record.reportDate,
    record.incidentDate,
    record.updatedAt,
    record.survivor.ethnicity,
    record.dupNamePhone,
    ...record.services.map((s) => s.provider),
    ...record.services.map((s) => s.id),
    record.identity.fullName,
    record.identity.phone,
    record.identity.address,
    ...record.identity.idNumbers,
    record.identity.narrative,
  ];
}

const BREAKDOWN = /^(type|sex|age|ctx|ref|status|dv|need|needMet|disability)\b/;

describe('selectForSharing (the information-sharing rule)', () => {
  it('sends no case-level row and no identifying value, even when handed the cases; every row passes its schema', () => {
    fc.assert(
      fc.property(fc.array(localCase, { minLength: 1, maxLength: 30 }), (generated) => {
        const records = generated.map(toRecord);
        // Handed the case records anyway (a caller's mistake), the rule still has no place for them.
        const changes = { cases: records } as unknown as Parameters<typeof selectForSharing>[0];
        const out = selectForSharing(changes, countersOf(records), options);
        for (const type of Object.keys(out)) expect(type).toBe('aggregates');
        const json = JSON.stringify(out);
        for (const record of records) {
          for (const secret of secretsOf(record)) expect(json).not.toContain(secret);
          expect(json).not.toContain(`"age":`);
        }
        expect(findIdentifyingField(out)).toBeNull();
        for (const [type, rows] of Object.entries(out)) {
          for (const row of rows) SHARED_SCHEMAS[type as SharedType].parse(row);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps indicator counts exact everywhere, and lets breakdowns out only for the office’s months of ≥ threshold consenting cases', () => {
    fc.assert(
      fc.property(fc.array(localCase, { minLength: 0, maxLength: 40 }), (generated) => {
        const records = generated.map(toRecord);
        const local = countersOf(records);
        const shared = selectForSharing({}, local, options).aggregates ?? [];
        expect(shared).toHaveLength(local.length);
        local.forEach((row, i) => {
          const out = shared[i];
          expect(out?.key).toBe(row.key);
          for (const name of ['total', 'gbv', 'soughtHelp', 'needHelp', 'needsMet', NOT_CONSENTED])
            expect(out?.counts[name]).toBe(row.counts[name]);
          const live = records.filter((r) => r.deletedAt === null && r.month === row.period);
          const consented = live.filter(
            (r) => r.consent.deidentifiedReporting && chain(r.incidentUnit).includes(row.unit),
          ).length;
          const breakdowns = Object.keys(out?.counts ?? {}).filter((n) => BREAKDOWN.test(n));
          const own = row.unit === '20281' || row.unit === '49';
          if (own && consented >= THRESHOLD) {
            expect(out?.counts[BREAKDOWN_WITHHELD]).toBeUndefined();
            // Consented cases only: the office-only copies (every case) never leave.
            const types = breakdowns.filter((n) => n.startsWith('type:'));
            expect(types.reduce((sum, n) => sum + (out?.counts[n] ?? 0), 0)).toBe(consented);
          } else {
            // A commune, or a small month: not one category leaves, only how many cases lack one.
            expect(breakdowns).toEqual([]);
            expect(out?.counts[BREAKDOWN_WITHHELD]).toBe(consented > 0 ? consented : undefined);
          }
          expect(Object.keys(out?.counts ?? {}).some((name) => name.includes('_c'))).toBe(false);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('gives changed rows, sent with the rows they need, exactly the form they have in the full snapshot', () => {
    fc.assert(
      fc.property(
        fc.array(localCase, { minLength: 1, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (generated, picks) => {
          const local = countersOf(generated.map(toRecord));
          const snapshot = new Map(shareCounters(local, options.counters).map((r) => [r.key, r]));
          // Any subset of rows may have changed since the last bundle (a case's month, a unit moved).
          const changed = local.filter((_, i) => picks[i % picks.length]);
          const needed = new Set(counterRowsNeededWith(changed, options.counters));
          const sent = local.filter((r) => changed.includes(r) || needed.has(r.key));
          const out = selectForSharing({}, sent, {
            ...options,
            counters: { ...options.counters, scope: 'changes' },
          });
          expect(out.aggregates).toBeUndefined();
          for (const row of out.aggregateChanges ?? []) expect(row).toEqual(snapshot.get(row.key));
          expect((out.aggregateChanges ?? []).length).toBe(sent.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never sends two rows whose breakdowns differ by a few cases (no differencing between units)', () => {
    // 6 consenting cases in the office's own unit; the province's row also holds 1 case from elsewhere.
    const row = (unit: string, total: number) => ({
      key: bucketKey('case', unit, '2024-03'),
      kind: 'case' as const,
      unit,
      period: '2024-03',
      counts: { total, gbv: total, 'type_c:rape': total, 'type:rape': total },
    });
    const [office, province] =
      selectForSharing({}, [row('20281', 6), row('49', 7)], options).aggregates ?? [];
    expect(office?.counts['type:rape']).toBe(6);
    expect(province?.counts['type:rape']).toBeUndefined();
    expect(province?.counts).toMatchObject({ total: 7, gbv: 7, [BREAKDOWN_WITHHELD]: 7 });
  });

  it('sends programme counters as they are', () => {
    const training = {
      key: bucketKey('trained', '20284', '2024'),
      kind: 'trained' as const,
      unit: '20284',
      period: '2024',
      counts: { people: 3, 'cat:official': 2, 'cat:volunteer': 1, 'sex:female': 3 },
    };
    expect(selectForSharing({}, [training], options).aggregates).toEqual([training]);
  });

  it('gives a trainee one stable pseudonym in the register and in every attendance, and no name', () => {
    const person = {
      id: '0190a0b0-0000-7000-8000-000000000001',
      rev: 1,
      deletedAt: null,
      fullName: 'Lê Thị Thu Hà',
      birthYear: 1980,
      position: 'Chủ tịch Hội Phụ nữ',
      unitCode: '20281',
      category: 'official' as const,
      sex: 'female' as const,
    };
    const attend = (id: string, eventId: string) => ({
      id,
      rev: 1,
      deletedAt: null,
      eventId,
      personId: person.id,
      year: 2024,
    });
    const out = selectForSharing(
      { people: [person], attendances: [attend('a1', 'e1'), attend('a2', 'e2')] },
      [],
      options,
    );
    const pseudonym = out.people?.[0]?.id;
    expect(pseudonym).toMatch(/^p[0-9a-f]{32}$/);
    expect(out.attendances?.map((a) => a.personId)).toEqual([pseudonym, pseudonym]);
    const json = JSON.stringify(out);
    for (const secret of [person.id, person.fullName, person.position, '1980'])
      expect(json).not.toContain(secret);
    // Another office key gives other pseudonyms: the province cannot link people across offices by id.
    expect(pseudonymizer(new Uint8Array(32).fill(9))('person', person.id)).not.toBe(pseudonym);
  });
});
