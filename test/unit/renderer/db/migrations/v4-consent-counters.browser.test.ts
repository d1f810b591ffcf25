import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../renderer/db';
import { ADMIN_PASSPHRASE, copyRows, freshStore, sampleCase, writeAtVersion } from '../helpers';

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
    const tables = ['kv', 'users', 'units', 'cases', 'plans', 'audit', 'aggregates'] as const;
    const rows = await copyRows(name, tables);
    store.close();
    await writeAtVersion(name, 3, rows, (table, list) =>
      table === 'aggregates'
        ? (list as { counts: Record<string, number> }[]).map((r) => ({ ...r, counts: asV3(r.counts) }))
        : list,
    );

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
