import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../renderer/db';
import {
  ADMIN_PASSPHRASE,
  copyRows,
  dropDatabase,
  freshStore,
  rawDb,
  sampleCase,
  writeAtVersion,
} from '../helpers';

describe('schema step v9 (span roll-ups of the monthly counters)', () => {
  it("fills a v8 office's year and first-half roll-ups, and the writes after it keep them", async () => {
    const { store, name } = await freshStore();
    for (const reportDate of ['2024-02-10', '2024-06-30', '2024-07-01', '2024-11-20', '2025-03-03'])
      await store.cases.create(sampleCase({ reportDate, incidentDate: reportDate }));
    await store.programme.outreach.create({
      date: '2024-04-05',
      unitCode: '502',
      title: 'Truyền thông',
      channel: 'loudspeaker',
      reachFemale: 40,
      reachMale: 12,
    });
    const tables = ['kv', 'users', 'units', 'cases', 'outreach', 'plans', 'audit', 'aggregates'] as const;
    const rows = await copyRows(name, tables);
    store.close();
    // As v8 kept it: the monthly counters, no roll-up table.
    await writeAtVersion(name, 8, rows);

    const reopened = await openStore({ name });
    await reopened.auth.login('admin', ADMIN_PASSPHRASE);
    const raw = await rawDb(name);
    expect(await raw.counterSpans.count()).toBeGreaterThan(0);
    raw.close();
    const span = async (kind: 'case' | 'outreach', unit: string, period: string) =>
      (await reopened.aggregates.buckets([{ kind, unit, period }])).get(`${kind}|${unit}|${period}`)
        ?.counts ?? {};
    expect((await span('case', '502', '2024')).total).toBe(4);
    expect((await span('case', '502', '2024-H1')).total).toBe(2);
    expect((await span('case', '502', '2024-H2')).total).toBe(2);
    expect((await span('case', '49', '2025')).total).toBe(1);
    expect((await span('case', '49', '2025-H1')).total).toBe(1);
    expect((await span('outreach', '49', '2024-H1')).reachFemale).toBe(40);
    // A month is still a month: the same read of a monthly bucket comes from the counters.
    expect((await span('case', '502', '2024-07')).total).toBe(1);
    expect((await reopened.aggregates.check()).differences).toEqual([]);

    // After the step, every write moves the roll-ups with its months (a case moved to July and back).
    const june = await reopened.cases.create(
      sampleCase({ reportDate: '2024-06-01', incidentDate: '2024-06-01' }),
    );
    expect((await span('case', '502', '2024-H1')).total).toBe(3);
    await reopened.cases.update(june.id, { reportDate: '2024-08-01', incidentDate: '2024-08-01' });
    expect((await span('case', '502', '2024-H1')).total).toBe(2);
    expect((await span('case', '502', '2024')).total).toBe(5);
    await reopened.cases.remove(june.id);
    expect((await span('case', '502', '2024')).total).toBe(4);
    expect((await reopened.aggregates.check()).differences).toEqual([]);
    await dropDatabase(reopened, name);
  });
});
