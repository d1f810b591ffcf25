import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { type BinhAnStore, StoreProvider, useCases, useFreshLiveQuery } from '../../../../renderer/db';
import { addCommunes, dropDatabase, freshStore, sampleCase } from './helpers';

function CaseCount() {
  const { data, error } = useCases({});
  return <output>{error ?? `${data?.length ?? '…'} vụ việc`}</output>;
}

/** Units (a kept list after the first read) beside cases, in one live query, as the Overview reads them. */
function UnitsAndCases({ store }: { store: BinhAnStore }) {
  const read = useFreshLiveQuery(async () => {
    const [units, cases] = await Promise.all([store.units.list(), store.cases.list({})]);
    const named = units.find((u) => u.code === '502-01')?.name ?? '-';
    return `${units.length} ${named} ${cases.length}`;
  }, [store]);
  return <output>{read ?? '…'}</output>;
}

describe('read hooks', () => {
  it('follow new cases live, and show "locked" instead of data once the session locks', async () => {
    // Live queries answer on their own time, outside act(): the test waits for what the page shows.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const { store, name } = await freshStore();
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    root.render(
      <StoreProvider store={store}>
        <CaseCount />
      </StoreProvider>,
    );
    await expect.poll(() => host.textContent).toBe('0 vụ việc');
    await store.cases.create(sampleCase());
    await expect.poll(() => host.textContent).toBe('1 vụ việc');
    await store.auth.lock();
    await expect.poll(() => host.textContent).toBe('locked');
    root.unmount();
    host.remove();
    await dropDatabase(store, name);
  });

  it('a list kept in memory still follows every write of its table, even when a re-run served it kept', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const { store, name } = await freshStore();
    await addCommunes(store, ['502-01'], '502');
    const before = (await store.units.list()).length;
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    root.render(
      <StoreProvider store={store}>
        <UnitsAndCases store={store} />
      </StoreProvider>,
    );
    await expect.poll(() => host.textContent).toBe(`${before} Xã 502-01 0`);
    // A case re-runs the query: the units come from memory this time.
    await store.cases.create(sampleCase());
    await expect.poll(() => host.textContent).toBe(`${before} Xã 502-01 1`);
    await addCommunes(store, ['502-02'], '502');
    await expect.poll(() => host.textContent).toBe(`${before + 1} Xã 502-01 1`);
    const unit = (await store.units.list()).find((u) => u.code === '502-01');
    await store.units.update(unit?.id ?? '', { name: 'Xã Tam Thanh' });
    await expect.poll(() => host.textContent).toBe(`${before + 1} Xã Tam Thanh 1`);
    expect((await store.units.list()).find((u) => u.code === '502-01')?.name).toBe('Xã Tam Thanh');
    root.unmount();
    host.remove();
    await dropDatabase(store, name);
  });
});
