import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketKey } from '../../../../../shared/aggregates/buckets.ts';
import { findIdentifyingField } from '../../../../../shared/exchange/identifying-fields.ts';
import {
  type LocalCase,
  pseudonymizer,
  SHARED_SCHEMAS,
  type SharedType,
  selectForSharing,
} from '../../../../../shared/exchange/sharing/index.ts';
import {
  ageGroupOf,
  GBV_TYPES,
  NEEDS,
  SERVICE_OUTCOMES,
  SEXES,
} from '../../../../../shared/model/case-enums.ts';

const KEY = new Uint8Array(32).fill(7);
const options = { pseudonymize: pseudonymizer(KEY) };

/** A canary: a value unlikely to appear by chance, so finding it in the output means it leaked. */
const canary = (tag: string) =>
  fc.string({ minLength: 4, maxLength: 12 }).map((s) => `Canary${tag}·${s}·Ngọc Ánh`);
const day = fc
  .date({ min: new Date('2021-01-01'), max: new Date('2025-06-30'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A full local case as the store keeps it, identity and all (the vault stands in as plain fields). */
const localCase = fc.record({
  id: fc.uuid(),
  caseCode: canary('Code'),
  rev: fc.integer({ min: 1, max: 50 }),
  deletedAt: fc.option(fc.constant('2025-07-01T08:00:00.000Z'), { nil: null }),
  reportDate: day,
  incidentOffset: fc.integer({ min: 0, max: 40 }),
  incidentUnit: fc.constantFrom('20281', '20284', '20290'),
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
    reportDate: g.reportDate,
    incidentDate: incident,
    incidentUnit: g.incidentUnit,
    gbvType: g.gbvType,
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
    followUps: [{ id: `fu-${g.id}`, date: g.reportDate, done: false }],
    consent: { services: true, referral: true, deidentifiedReporting: g.consent },
    status: g.status,
    // What the vault holds, here in plain sight: the selection must never read it.
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
  const asLocal: LocalCase = record;
  return { record, asLocal };
}

/** Every string value of a record, at any depth, that must never appear in what leaves. */
function secretsOf(record: ReturnType<typeof toRecord>['record']): string[] {
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

describe('selectForSharing (the information-sharing rule)', () => {
  it('never lets an identifying field or value out, and every row passes its strict schema', () => {
    fc.assert(
      fc.property(fc.array(localCase, { minLength: 1, maxLength: 30 }), (generated) => {
        const built = generated.map(toRecord);
        const out = selectForSharing({ cases: built.map((b) => b.asLocal) }, [], options);
        const json = JSON.stringify(out);
        for (const { record } of built) {
          for (const secret of secretsOf(record)) expect(json).not.toContain(secret);
          // The exact age and birth year never leave as numbers either.
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

  it('sends case rows only for live cases with consent to de-identified reporting; others as removals', () => {
    fc.assert(
      fc.property(fc.array(localCase, { minLength: 1, maxLength: 30 }), (generated) => {
        const built = generated.map(toRecord);
        const rows = selectForSharing({ cases: built.map((b) => b.asLocal) }, [], options).cases ?? [];
        expect(rows).toHaveLength(built.length);
        built.forEach(({ record }, i) => {
          const row = rows[i];
          const shareable = record.consent.deidentifiedReporting && record.deletedAt === null;
          expect(row?.removed).toBe(!shareable);
          expect(row?.id).toBe(options.pseudonymize('case', record.id));
          if (row !== undefined && !row.removed) {
            expect(row.reportMonth).toBe(record.reportDate.slice(0, 7));
            expect(row.ageGroup).toBe(record.ageGroup);
          } else {
            expect(Object.keys(row ?? {}).sort()).toEqual(['id', 'removed', 'rev']);
          }
        });
      }),
      { numRuns: 100 },
    );
  });

  it('sends indicator counts exact, breakdowns of consenting cases only, and no list of hidden categories', () => {
    fc.assert(
      fc.property(
        fc.record({ total: fc.nat(20), gbv: fc.nat(20), needsMet: fc.nat(20), consentedRape: fc.nat(20) }),
        fc.nat(20),
        ({ total, gbv, needsMet, consentedRape }, notConsented) => {
          const counts = {
            total,
            gbv,
            needsMet,
            'type:rape': consentedRape + 1,
            'type_c:rape': consentedRape,
            'sex:female': 3,
            notConsented,
          };
          const row = {
            key: bucketKey('case', '20281', '2024-03'),
            kind: 'case' as const,
            unit: '20281',
            period: '2024-03',
            counts,
          };
          const training = {
            ...row,
            key: bucketKey('trained', '20281', '2024'),
            kind: 'trained' as const,
            period: '2024',
          };
          const [caseRow, trainingRow] = selectForSharing({}, [row, training], options).aggregates ?? [];
          // Small or not, the indicators' counts are exact: the province's figures equal the office's.
          expect(caseRow?.counts).toMatchObject({ total, gbv, needsMet, notConsented });
          // The office-only breakdown (every case) stays home; the consented copy leaves under its name.
          expect(caseRow?.counts['type:rape']).toBe(consentedRape);
          expect(caseRow?.counts['sex:female']).toBeUndefined();
          expect(Object.keys(caseRow?.counts ?? {}).some((name) => name.includes('_c'))).toBe(false);
          expect(caseRow).not.toHaveProperty('suppressed');
          expect(trainingRow?.counts).toEqual(counts);
        },
      ),
    );
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
