import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../renderer/db';
import { timelinessFrom } from '../../../../../shared/indicators/timeliness';
import { ADMIN_PASSPHRASE, copyRows, freshStore, sampleCase, writeAtVersion } from '../helpers';

const drop = (name: string) =>
  new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });

/** Counters as v5 kept them: no timeliness. */
const asV5 = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).filter(([name]) => !/^(svcDays|svcNone|fuNext)/.test(name)));

describe('schema step v6 (timeliness counters)', () => {
  it("rebuilds a v5 office's counters so the dashboard's timeliness counts the cases recorded before", async () => {
    const { store, name } = await freshStore();
    await store.auth.updateUser(store.auth.session?.user.id ?? '', {
      roles: ['administrator', 'case_worker'],
    });
    const served = await store.cases.create(sampleCase({ reportDate: '2024-03-15' }));
    await store.cases.addService(served.id, {
      need: 'health',
      date: '2024-03-19',
      provider: 'Trạm Y tế',
      outcome: 'provided',
    });
    const waiting = await store.cases.create(sampleCase({ reportDate: '2024-03-20' }));
    await store.cases.addFollowUp(waiting.id, {
      date: '2024-03-21',
      nextContactDate: '2024-04-01',
      method: 'phone',
      safetyOutcome: 'safe',
      note: '',
    });
    const tables = ['kv', 'users', 'units', 'cases', 'plans', 'audit', 'aggregates'] as const;
    const rows = await copyRows(name, tables);
    store.close();
    await writeAtVersion(name, 5, rows, (table, list) =>
      table === 'aggregates'
        ? (list as { counts: Record<string, number> }[]).map((r) => ({ ...r, counts: asV5(r.counts) }))
        : list,
    );

    const reopened = await openStore({ name });
    await reopened.auth.login('admin', ADMIN_PASSPHRASE);
    const counters = await reopened.aggregates.rows('case', '502');
    expect(timelinessFrom(counters, { year: 2024, part: 'year' }, '2026-12-01')).toEqual({
      served: 1,
      medianDays: 4,
      medianBeyond: false,
      notServed: 1,
      overdue: 1,
    });
    expect((await reopened.aggregates.check()).differences).toEqual([]);
    reopened.close();
    await drop(name);
  });
});
