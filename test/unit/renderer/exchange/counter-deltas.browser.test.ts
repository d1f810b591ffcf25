import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BinhAnStore, type OpenedData, openStore } from '../../../../renderer/db';
import type { BinhAnDb } from '../../../../renderer/db/database';
import {
  pseudonymizer,
  type SharedAggregate,
  selectForSharing,
  shareCounters,
} from '../../../../shared/exchange/sharing';
import { GBV_TYPES } from '../../../../shared/model';
import { ADMIN_PASSPHRASE, addCommunes, dropDatabase, freshStore, rawDb, sampleCase } from '../db/helpers';

const KEY = new Uint8Array(32).fill(9);
const MONTHS = ['2025-01', '2025-02', '2025-03'] as const;
const UNITS = ['502', '502-01', '502-02'] as const;

/** One step at the office: some writes, then a bundle (a delta unless something calls for a snapshot). */
const stepArb = fc.record({
  create: fc.array(
    fc.record({
      month: fc.constantFrom(...MONTHS),
      unit: fc.constantFrom(...UNITS),
      type: fc.constantFrom(...GBV_TYPES),
      consented: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  edit: fc.option(fc.nat(), { nil: undefined }),
  remove: fc.option(fc.nat(), { nil: undefined }),
  move: fc.boolean(),
  snapshot: fc.constantFrom('none', 'none', 'none', 'requested', 'rebuild'),
});
/**
 * The bundles' arrival: an order (sort keys), a few of them arriving a second time, and where the
 * arrivals are cut into batches (a bulk import applies a batch in one transaction).
 */
const runArb = fc.record({
  steps: fc.array(stepArb, { minLength: 1, maxLength: 5 }),
  order: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  twice: fc.array(fc.tuple(fc.nat(4), fc.nat(5)), { maxLength: 3 }),
  cuts: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
});

const byKey = (a: SharedAggregate, b: SharedAggregate) => a.key.localeCompare(b.key);

describe("counter deltas: the province's copy of an office's counters stays exact, bundle by bundle or in batches", () => {
  let office: BinhAnStore;
  let officeName: string;
  let province: BinhAnStore;
  let provinceDb: BinhAnDb;
  const provinceName = `binhan-test-${crypto.randomUUID()}`;
  beforeAll(async () => {
    ({ store: office, name: officeName } = await freshStore());
    await addCommunes(office, ['502-01', '502-02'], '502');
    province = await openStore({ name: provinceName });
    await province.auth.setup({
      office: { unitCode: '49', name: 'Sở LĐ-TB&XH Quảng Nam', role: 'province', provinceCode: '49' },
      admin: { username: 'tinh', displayName: 'Cán bộ tỉnh', passphrase: ADMIN_PASSPHRASE },
    });
    provinceDb = await rawDb(provinceName);
  });
  afterAll(async () => {
    provinceDb.close();
    await dropDatabase(office, officeName);
    await dropDatabase(province, provinceName);
  });

  it('after random writes and bundles (snapshots and deltas) arriving in any order, some twice, some in one batch', async () => {
    const ids: string[] = [];
    let run = 0;
    let deltas = 0;
    await fc.assert(
      fc.asyncProperty(runArb, async ({ steps, order, twice, cuts }) => {
        // Each run is a new sender at the same province, so its first bundle starts from nothing.
        run += 1;
        const origin = `6${String(run).padStart(2, '0')}`;
        const bundles: OpenedData[] = [];
        let afterSeq = 0;
        for (const step of steps) {
          for (const c of step.create) {
            const date = `${c.month}-10`;
            const created = await office.cases.create(
              sampleCase({
                reportDate: date,
                incidentDate: date,
                incidentUnit: c.unit,
                gbvType: c.type,
                consent: { services: true, referral: true, deidentifiedReporting: c.consented },
              }),
            );
            ids.push(created.id);
          }
          const pick = async (n: number | undefined) => {
            const id = n === undefined ? undefined : ids[n % Math.max(1, ids.length)];
            return id === undefined ? undefined : office.cases.get(id);
          };
          const edited = await pick(step.edit);
          if (edited !== undefined && edited.deletedAt === null)
            await office.cases.update(edited.id, {
              soughtHelpFromProvider: !edited.soughtHelpFromProvider,
              status: edited.status === 'open' ? 'closed' : 'open',
              ...(edited.status === 'open' ? { closureReason: 'needs_met' as const } : {}),
            });
          const removed = await pick(step.remove);
          if (removed !== undefined && removed.deletedAt === null) await office.cases.remove(removed.id);
          if (step.move) {
            const unit = await office.units.get('502-02');
            await office.units.update('502-02', {
              parentCode: unit?.parentCode === '502' ? '502-01' : '502',
            });
          }
          if (step.snapshot === 'requested') await office.exchange.requestFullCounters();
          if (step.snapshot === 'rebuild') await office.aggregates.rebuild();
          const to = await office.lastChangeSeq();
          const read = await office.exchange.readChangesSince(afterSeq, to);
          afterSeq = to;
          if (read.counters.scope === 'changes') deltas += 1;
          const sequence = bundles.length + 1;
          bundles.push({
            senderUnit: origin,
            sequence,
            manifestSha256: (run * 100 + sequence).toString(16).padStart(64, '0'),
            createdAt: new Date().toISOString(),
            records: JSON.parse(
              JSON.stringify(
                selectForSharing(read.changes, read.aggregates, {
                  pseudonymize: pseudonymizer(KEY),
                  counters: read.counters,
                }),
              ),
            ),
          });
        }
        const arrival = bundles
          .map((bundle, i) => ({ bundle, at: order[i] ?? 0 }))
          .sort((a, b) => a.at - b.at)
          .map((a) => a.bundle);
        for (const [which, where] of twice) {
          const again = bundles[which % bundles.length];
          if (again !== undefined) arrival.splice(where % (arrival.length + 1), 0, again);
        }
        // Alone or in batches (one transaction each, duplicates and one sender's bundles side by side).
        let batch: OpenedData[] = [];
        for (const [i, bundle] of arrival.entries()) {
          batch.push(bundle);
          if (cuts[i] === false && i < arrival.length - 1) continue;
          if (batch.length === 1) await province.exchange.applyDataBundle(bundle);
          else {
            const outcomes = await province.exchange.applyDataBundles(batch);
            expect(outcomes.map((o) => o.ok)).toEqual(batch.map(() => true));
          }
          batch = [];
        }

        // What the province holds of this office is exactly the office's full snapshot as it stands now.
        const now = await office.exchange.readChangesSince(0, await office.lastChangeSeq());
        const expected = shareCounters(now.aggregates, now.counters).sort(byKey);
        const held = (await provinceDb.officeAggregates.where('origin').equals(origin).toArray())
          .map((o) => o.row)
          .filter((row) => Object.keys(row.counts).length > 0)
          .sort(byKey);
        expect(held).toEqual(expected);
        // And the province's own counters are the sum of what its offices sent (a rebuild agrees).
        expect((await province.aggregates.check()).differences).toEqual([]);
        expect((await office.aggregates.check()).differences).toEqual([]);
      }),
      { numRuns: 12, seed: 20251202 },
    );
    expect(deltas).toBeGreaterThan(5);
  }, 180_000);
});
