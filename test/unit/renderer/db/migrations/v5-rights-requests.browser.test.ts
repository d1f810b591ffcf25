import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../renderer/db';
import { ADMIN_PASSPHRASE, copyRows, dropDatabase, freshStore, sampleCase, writeAtVersion } from '../helpers';

describe('schema step v5 (data-rights requests)', () => {
  it('opens a v4 office with its cases and counters as they were, and records a rights request', async () => {
    const { store, name } = await freshStore();
    const c = await store.cases.create(sampleCase());
    const tables = ['kv', 'users', 'units', 'cases', 'plans', 'audit', 'aggregates'] as const;
    const rows = await copyRows(name, tables);
    store.close();
    await writeAtVersion(name, 4, rows);

    const reopened = await openStore({ name });
    await reopened.auth.login('admin', ADMIN_PASSPHRASE);
    expect((await reopened.cases.list()).map((v) => v.id)).toEqual([c.id]);
    expect(await reopened.aggregates.totals('case', '502')).toMatchObject({ total: 1 });
    expect(await reopened.rights.list(c.id)).toEqual([]);
    await reopened.rights.restrict(
      c.id,
      { requestedOn: '2024-04-01' },
      { username: 'admin', passphrase: ADMIN_PASSPHRASE },
    );
    expect((await reopened.rights.list(c.id)).map((r) => r.right)).toEqual(['restrict']);
    expect((await reopened.aggregates.check()).differences).toEqual([]);
    await dropDatabase(reopened, name);
  });
});
