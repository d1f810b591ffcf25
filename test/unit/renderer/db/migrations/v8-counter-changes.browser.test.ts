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

describe('schema step v8 (counter rows stamped with their changeSeq)', () => {
  it("stamps a v7 office's counters, sends them once in full, then only what changed", async () => {
    const { store, name } = await freshStore();
    await store.cases.create(sampleCase({ reportDate: '2024-03-15', incidentDate: '2024-03-10' }));
    const june = await store.cases.create(
      sampleCase({ reportDate: '2024-06-02', incidentDate: '2024-06-01' }),
    );
    const tables = ['kv', 'users', 'units', 'cases', 'plans', 'audit', 'aggregates'] as const;
    const rows = await copyRows(name, tables);
    store.close();
    // Counters as v7 kept them: no changeSeq, and a province that already has everything up to now.
    await writeAtVersion(name, 7, rows, (table, list) =>
      table === 'aggregates'
        ? (list as { changeSeq?: number }[]).map(({ changeSeq: _, ...row }) => row)
        : list,
    );
    const sentUpTo = (rows.kv as { key: string; value: unknown }[]).find((r) => r.key === 'changeSeq')?.value;
    if (typeof sentUpTo !== 'number') throw new Error('no changeSeq at v7');

    const reopened = await openStore({ name });
    await reopened.auth.login('admin', ADMIN_PASSPHRASE);
    const raw = await rawDb(name);
    const stamped = await raw.aggregates.toArray();
    raw.close();
    expect(stamped.length).toBeGreaterThan(0);
    expect(stamped.every((r) => typeof r.changeSeq === 'number' && r.changeSeq > sentUpTo)).toBe(true);

    // The first bundle after the upgrade carries every counter row, though no record changed.
    const first = await reopened.exchange.readChangesSince(sentUpTo, await reopened.lastChangeSeq());
    expect(first.counters.scope).toBe('full');
    expect(first.aggregates.map((r) => r.key).sort()).toEqual(stamped.map((r) => r.key).sort());

    // Then a changed case brings its month's rows (the office's and its ancestors'), nothing else.
    const after = await reopened.lastChangeSeq();
    await reopened.cases.update(june.id, { soughtHelpFromProvider: false });
    const next = await reopened.exchange.readChangesSince(after, await reopened.lastChangeSeq());
    expect(next.counters.scope).toBe('changes');
    expect(next.aggregates.map((r) => r.key).sort()).toEqual(
      next.counters.officeChain.map((unit) => `case|${unit}|2024-06`).sort(),
    );
    expect(next.aggregates.find((r) => r.key === 'case|502|2024-06')?.counts.soughtHelp).toBeUndefined();
    expect((await reopened.aggregates.check()).differences).toEqual([]);
    await dropDatabase(reopened, name);
  });
});
