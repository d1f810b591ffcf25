import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BinhAnStore, openStore } from '../../../../renderer/db';
import { EXACT_CASE_COUNTERS, NOT_CONSENTED } from '../../../../shared/aggregates/case-counters';
import { BREAKDOWN_WITHHELD, pseudonymizer, selectForSharing } from '../../../../shared/exchange/sharing';
import { GBV_TYPES, NEEDS } from '../../../../shared/model';
import { ADMIN_PASSPHRASE, addCommunes, dropDatabase, freshStore, sampleCase } from '../db/helpers';

const KEY = new Uint8Array(32).fill(7);
const MONTHS = ['2025-01', '2025-02', '2025-03'] as const;
/** Communes of the office (502, Tam Kỳ); one of them moves between two parents during the runs. */
const UNITS = ['502', '502-01', '502-02'] as const;

const caseArb = fc.record({
  month: fc.constantFrom(...MONTHS),
  day: fc.integer({ min: 1, max: 28 }),
  unit: fc.constantFrom(...UNITS),
  type: fc.constantFrom(...GBV_TYPES),
  needs: fc.subarray([...NEEDS], { maxLength: 2 }),
  sought: fc.boolean(),
  consented: fc.boolean(),
  served: fc.boolean(),
});
/** 0–4 cases per run mostly: months with fewer than 5 cases are where suppression used to lose them. */
const runArb = fc.record({
  cases: fc.array(caseArb, { maxLength: 5 }),
  remove: fc.option(fc.nat(), { nil: undefined }),
  move: fc.boolean(),
});

describe("the province sees every office's true figures", () => {
  let office: BinhAnStore;
  let officeName: string;
  let province: BinhAnStore;
  const provinceName = `binhan-test-${crypto.randomUUID()}`;
  beforeAll(async () => {
    ({ store: office, name: officeName } = await freshStore());
    await addCommunes(office, ['502-01', '502-02'], '502');
    province = await openStore({ name: provinceName });
    await province.auth.setup({
      office: { unitCode: '49', name: 'Sở LĐ-TB&XH Quảng Nam', role: 'province', provinceCode: '49' },
      admin: { username: 'tinh', displayName: 'Cán bộ tỉnh', passphrase: ADMIN_PASSPHRASE },
    });
  });
  afterAll(async () => {
    await dropDatabase(office, officeName);
    await dropDatabase(province, provinceName);
  });

  it("for every month and the year, the province's indicator counts for the office equal the office's own", async () => {
    const ids: string[] = [];
    let afterSeq = 0;
    let sequence = 1;
    await fc.assert(
      fc.asyncProperty(runArb, async (run) => {
        for (const c of run.cases) {
          const date = `${c.month}-${String(c.day).padStart(2, '0')}`;
          const created = await office.cases.create(
            sampleCase({
              reportDate: date,
              incidentDate: date,
              incidentUnit: c.unit,
              gbvType: c.type,
              needs: c.needs,
              soughtHelpFromProvider: c.sought,
              consent: { services: true, referral: true, deidentifiedReporting: c.consented },
            }),
          );
          ids.push(created.id);
          const need = c.needs[0];
          if (c.served && need !== undefined)
            await office.cases.addService(created.id, {
              need,
              date,
              provider: 'Trạm Y tế',
              outcome: 'provided',
            });
        }
        const gone = run.remove === undefined ? undefined : ids[run.remove % Math.max(1, ids.length)];
        if (gone !== undefined && (await office.cases.get(gone))?.deletedAt === null)
          await office.cases.remove(gone);
        if (run.move) {
          const unit = await office.units.get('502-02');
          await office.units.update('502-02', { parentCode: unit?.parentCode === '502' ? '502-01' : '502' });
        }
        // The office sends what changed since its last bundle, with its counters as they stand.
        const to = await office.lastChangeSeq();
        const read = await office.exchange.readChangesSince(afterSeq, to);
        afterSeq = to;
        const records = selectForSharing(read.changes, read.aggregates, {
          pseudonymize: pseudonymizer(KEY),
          counters: read.counters,
        });
        expect(records).not.toHaveProperty('cases');
        await province.exchange.applyDataBundle({
          senderUnit: '502',
          sequence,
          manifestSha256: sequence.toString(16).padStart(64, '0'),
          createdAt: new Date().toISOString(),
          records: JSON.parse(JSON.stringify(records)),
        });
        sequence += 1;

        for (const [from, to2] of [...MONTHS.map((m) => [m, m] as const), ['2025-01', '2025-12'] as const]) {
          for (const unit of ['502', '49']) {
            const own = await office.aggregates.totals('case', unit, from, to2);
            const seen = await province.aggregates.totals('case', unit, from, to2);
            for (const counter of EXACT_CASE_COUNTERS) expect(seen[counter] ?? 0).toBe(own[counter] ?? 0);
            // Breakdowns: the consenting cases by type, the not-consented and the withheld make up the total.
            const byType = GBV_TYPES.reduce((sum, type) => sum + (seen[`type:${type}`] ?? 0), 0);
            const missing = (seen[NOT_CONSENTED] ?? 0) + (seen[BREAKDOWN_WITHHELD] ?? 0);
            expect(byType + missing).toBe(own.total ?? 0);
          }
        }
        // What left carries no list of hidden categories and no office-only counter.
        for (const row of records.aggregates ?? []) {
          expect(row).not.toHaveProperty('suppressed');
          expect(Object.keys(row.counts).some((name) => name.includes('_c'))).toBe(false);
        }
        expect((await office.aggregates.check()).differences).toEqual([]);
        expect((await province.aggregates.check()).differences).toEqual([]);
      }),
      { numRuns: 15, seed: 20251015 },
    );
    expect(ids.length).toBeGreaterThan(5);
  });
});
