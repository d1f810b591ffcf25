import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../renderer/db';
import { BinhAnDb } from '../../../../../renderer/db/database';
import { ADMIN_PASSPHRASE, freshStore, rawDb, sampleCase } from '../helpers';

const drop = (name: string) =>
  new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });

/** Counters as v3 kept them: no consented copies, no not-consented count. */
const asV3 = (counts: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(counts).filter(([name]) => !name.includes('_c') && name !== 'notConsented'),
  );

describe('schema step v4 (consented breakdown counters)', () => {
  it('rebuilds the counters of a v3 office so its next bundle can carry exact indicators and consented breakdowns', async () => {
    const { store, name } = await freshStore();
    await store.cases.create(sampleCase());
    await store.cases.create(
      sampleCase({ consent: { services: true, referral: true, deidentifiedReporting: false } }),
    );
    const latest = await rawDb(name);
    const tables = ['kv', 'users', 'units', 'cases', 'plans', 'audit', 'aggregates'] as const;
    const rows = Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await latest.table(t).toArray()] as const)),
    );
    latest.close();
    store.close();
    await drop(name);
    const v3 = new BinhAnDb(name, { version: 3 });
    await v3.open();
    for (const t of tables) {
      const list = (rows[t] ?? []) as { counts?: Record<string, number> }[];
      await v3
        .table(t)
        .bulkAdd(t === 'aggregates' ? list.map((r) => ({ ...r, counts: asV3(r.counts ?? {}) })) : list);
    }
    v3.close();

    const reopened = await openStore({ name });
    await reopened.auth.login('admin', ADMIN_PASSPHRASE);
    const totals = await reopened.aggregates.totals('case', '502');
    expect(totals).toMatchObject({ total: 2, 'type_c:physical_assault': 1, notConsented: 1 });
    expect((await reopened.aggregates.check()).differences).toEqual([]);
    expect(await reopened.cases.list()).toHaveLength(2);
    reopened.close();
    await drop(name);
  });
});
