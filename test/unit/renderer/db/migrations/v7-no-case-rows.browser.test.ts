import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../renderer/db';
import { ADMIN_PASSPHRASE, copyRows, dropDatabase, writeAtVersion } from '../helpers';

describe('schema step v7 (no case rows at the province)', () => {
  it('deletes the de-identified case rows earlier bundles brought and keeps every other row', async () => {
    const name = `binhan-test-${crypto.randomUUID()}`;
    const store = await openStore({ name });
    await store.auth.setup({
      office: { unitCode: '49', name: 'Sở Y tế', role: 'province', provinceCode: '49' },
      admin: { username: 'tinh', displayName: 'Cán bộ tỉnh', passphrase: ADMIN_PASSPHRASE },
    });
    const tables = ['kv', 'users', 'units', 'plans', 'audit', 'aggregates'] as const;
    const rows = await copyRows(name, tables);
    store.close();
    // A province as v6 left it: case rows of two offices beside a trainee row.
    const caseRow = (origin: string, id: string) => ({
      origin,
      type: 'cases',
      id,
      rev: 1,
      removed: false,
      row: { id, sex: 'female', ageGroup: '18-25', incidentUnit: '20314', reportMonth: '2024-03' },
    });
    await writeAtVersion(name, 6, {
      ...rows,
      inbound: [
        caseRow('502', `c${'1'.repeat(32)}`),
        caseRow('503', `c${'2'.repeat(32)}`),
        { origin: '502', type: 'people', id: `p${'3'.repeat(32)}`, rev: 1, removed: false, row: {} },
      ],
    });

    const reopened = await openStore({ name });
    await reopened.auth.login('tinh', ADMIN_PASSPHRASE);
    expect(Object.fromEntries(await reopened.exchange.inboundCounts())).toEqual({ '502': { people: 1 } });
    await dropDatabase(reopened, name);
  });
});
