import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { StoreProvider, useCases } from '../../../../renderer/db';
import { dropDatabase, freshStore, sampleCase } from './helpers';

function CaseCount() {
  const { data, error } = useCases({});
  return <output>{error ?? `${data?.length ?? '…'} vụ việc`}</output>;
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
});
