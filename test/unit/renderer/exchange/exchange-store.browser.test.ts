import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedData } from '../../../../renderer/db';
import { type BinhAnStore, openStore } from '../../../../renderer/db';
import { pseudonymizer, type SharedAggregate, selectForSharing } from '../../../../shared/exchange/sharing';
import { ADMIN_PASSPHRASE, dropDatabase, freshStore, sampleCase } from '../db/helpers';

const KEY = new Uint8Array(32).fill(3);
const opened: { store: BinhAnStore; name: string }[] = [];

async function officeStore() {
  const s = await freshStore();
  opened.push(s);
  return s.store;
}

async function provinceStore() {
  const name = `binhan-test-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  await store.auth.setup({
    office: { unitCode: '49', name: 'Sở LĐ-TB&XH Quảng Nam', role: 'province', provinceCode: '49' },
    admin: { username: 'tinh', displayName: 'Cán bộ tỉnh', passphrase: ADMIN_PASSPHRASE },
  });
  opened.push({ store, name });
  return store;
}

async function bundleFrom(office: BinhAnStore, afterSeq: number, sequence: number): Promise<OpenedData> {
  const read = await office.exchange.readChangesSince(afterSeq, await office.lastChangeSeq());
  const records = selectForSharing(read.changes, read.aggregates, {
    pseudonymize: pseudonymizer(KEY),
    counters: read.counters,
  });
  return {
    senderUnit: '502',
    sequence,
    manifestSha256: sequence.toString(16).padStart(64, '0'),
    createdAt: new Date().toISOString(),
    records: JSON.parse(JSON.stringify(records)),
  };
}

/**
 * The province-wide case counters a bundle carries, summed over months (what the province should show
 * when the bundle holds every month that has cases: a snapshot, or a delta of the one month there is).
 */
function sentTotals(bundle: OpenedData, unit = '49'): Record<string, number> {
  const out: Record<string, number> = {};
  const rows = bundle.records.aggregates ?? bundle.records.aggregateChanges ?? [];
  for (const row of rows as SharedAggregate[]) {
    if (row.kind !== 'case' || row.unit !== unit) continue;
    for (const [name, n] of Object.entries(row.counts)) out[name] = (out[name] ?? 0) + n;
  }
  return out;
}

afterEach(async () => {
  for (const { store, name } of opened.splice(0)) await dropDatabase(store, name);
});

describe('exchange store: export reads and the province apply', () => {
  it('sends cases as counters only: no case row, no identity, the indicator counts exact', async () => {
    const office = await officeStore();
    const first = await office.cases.create(sampleCase());
    await office.cases.create(
      sampleCase({ consent: { services: true, referral: true, deidentifiedReporting: false } }),
    );
    const all = await bundleFrom(office, 0, 1);
    expect(Object.keys(all.records)).toEqual(['aggregates']);
    // Two cases in a month: counted exactly, and no category of either leaves (fewer than 5 consenting).
    expect(sentTotals(all)).toEqual({
      total: 2,
      gbv: 2,
      soughtHelp: 2,
      needHelp: 2,
      notConsented: 1,
      breakdownWithheld: 1,
    });
    const json = JSON.stringify(all.records);
    for (const secret of [
      'Nguyễn Thị Hoà',
      '0905 123 456',
      'Phan Châu Trinh',
      '049123456789',
      'Bị chồng đánh',
      first.id,
      first.caseCode,
    ]) {
      expect(json).not.toContain(secret);
    }
    // A changed case calls for a new bundle (its counters changed) though no row of it travels.
    const seq = await office.lastChangeSeq();
    await office.cases.update(first.id, { status: 'closed', closureReason: 'needs_met' });
    expect(await office.exchange.countChangesSince(seq)).toBe(1);
    const next = await office.exchange.readChangesSince(seq, await office.lastChangeSeq());
    expect(next.changes).toEqual({});
  });

  it('applies in one transaction, idempotently, never lets an older re-send win, and feeds the counters', async () => {
    const office = await officeStore();
    const c = await office.cases.create(sampleCase());
    const firstBundle = await bundleFrom(office, 0, 2);
    const officeTotals = sentTotals(firstBundle);
    expect(officeTotals.total).toBe((await office.aggregates.totals('case', '49')).total);
    const seqAfterFirst = await office.lastChangeSeq();
    await office.cases.update(c.id, { status: 'closed', closureReason: 'needs_met' });
    const secondBundle = await bundleFrom(office, seqAfterFirst, 3);
    // The second carries only the counters the closure changed (its month's rows), not a snapshot.
    expect(Object.keys(secondBundle.records)).toEqual(['aggregateChanges']);

    const province = await provinceStore();
    const x = province.exchange;
    const applied = await x.applyDataBundle(firstBundle);
    expect(applied.applied).toEqual({});
    expect(applied.countersApplied).toBe(true);
    expect(await province.aggregates.totals('case', '49')).toEqual(officeTotals);

    const again = await x.applyDataBundle(firstBundle);
    expect(again.alreadyImported).toBe(true);
    expect(await province.aggregates.totals('case', '49')).toEqual(officeTotals);

    const second = await x.applyDataBundle(secondBundle);
    expect(second).toMatchObject({ countersApplied: true });
    const closed = sentTotals(secondBundle);
    expect(await province.aggregates.totals('case', '49')).toEqual(closed);
    // The first bundle re-sent after the second: older rev and older counters change nothing.
    const resend = await x.applyDataBundle({ ...firstBundle, manifestSha256: 'f'.repeat(64) });
    expect(resend.countersApplied).toBe(false);
    expect(await province.aggregates.totals('case', '49')).toEqual(closed);
    // The province's counters are its own records plus what offices sent: the check agrees with them,
    // and a rebuild keeps the offices' figures.
    expect((await province.aggregates.check()).differences).toEqual([]);
    await province.aggregates.rebuild();
    expect(await province.aggregates.totals('case', '49')).toEqual(closed);
  });

  it('refuses a bundle with one bad row and changes nothing', async () => {
    const office = await officeStore();
    await office.cases.create(sampleCase());
    const good = await bundleFrom(office, 0, 2);
    const province = await provinceStore();
    const bad = {
      ...good,
      records: { ...good.records, cases: [{ id: 'x', fullName: 'Lê Văn A' }] },
    };
    await expect(province.exchange.applyDataBundle(bad)).rejects.toThrow();
    expect((await province.exchange.inboundCounts()).size).toBe(0);
    expect(await province.aggregates.totals('case', '49')).toEqual({});
  });

  it('applies a batch in one go: a bad bundle refused alone, the others in, the figures those of one by one', async () => {
    const office = await officeStore();
    await office.cases.create(sampleCase());
    const first = await bundleFrom(office, 0, 2);
    const afterFirst = await office.lastChangeSeq();
    await office.cases.create(sampleCase({ reportDate: '2025-02-03', incidentDate: '2025-02-03' }));
    const second = await bundleFrom(office, afterFirst, 3);
    const bad = {
      ...second,
      sequence: 4,
      manifestSha256: '4'.repeat(64),
      records: { ...second.records, cases: [{ id: 'x', fullName: 'Lê Văn A' }] },
    };
    const batched = await provinceStore();
    const outcomes = await batched.exchange.applyDataBundles([first, bad, second, first]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, error: { code: 'invalid' } });
    // The same bundle twice in one batch: the second copy sees the first (one transaction, in order).
    expect(outcomes[3]).toMatchObject({ ok: true, result: { alreadyImported: true } });
    const alone = await provinceStore();
    await alone.exchange.applyDataBundle(first);
    await alone.exchange.applyDataBundle(second);
    const totals = await alone.aggregates.totals('case', '49');
    expect(totals.total).toBe(2);
    expect(await batched.aggregates.totals('case', '49')).toEqual(totals);
    expect((await batched.aggregates.check()).differences).toEqual([]);
    expect((await batched.audit.list({ action: 'import' })).map((e) => e.detail)).toEqual(['502#3', '502#2']);
  });
});
