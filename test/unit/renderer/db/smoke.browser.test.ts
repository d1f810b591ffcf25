import { describe, expect, it } from 'vitest';
import { dropDatabase, freshStore, sampleCase } from './helpers';

describe('store smoke', () => {
  it('sets up, records a case, reveals it and counts it', async () => {
    const { store, name, recoveryKey } = await freshStore();
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){12}$/);
    const view = await store.cases.create(sampleCase());
    expect(view.caseCode).toBe('502-2024-00001');
    expect((await store.cases.reveal(view.id)).fullName).toBe('Nguyễn Thị Hoà');
    const totals = await store.aggregates.totals('case', '49', '2024-01', '2024-12');
    expect(totals.total).toBe(1);
    expect((await store.aggregates.check()).differences).toEqual([]);
    expect((await store.audit.verify()).ok).toBe(true);
    await dropDatabase(store, name);
  });
});
