import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { StoreProvider, useCases } from '../../../../renderer/db';
import { dropDatabase, freshStore, sampleCase } from './helpers';

function CaseCount() {
  const { data, error } = useCases({});
  return <output>{error ?? `${data?.length ?? '…'} vụ việc`}</output>;
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 150)));

describe('read hooks', () => {
  it('follow new cases live, and show "locked" instead of data once the session locks', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const { store, name } = await freshStore();
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () =>
      root.render(
        <StoreProvider store={store}>
          <CaseCount />
        </StoreProvider>,
      ),
    );
    await settle();
    expect(host.textContent).toBe('0 vụ việc');
    await act(async () => {
      await store.cases.create(sampleCase());
    });
    await settle();
    expect(host.textContent).toBe('1 vụ việc');
    await act(async () => store.auth.lock());
    await settle();
    expect(host.textContent).toBe('locked');
    await act(async () => root.unmount());
    host.remove();
    await dropDatabase(store, name);
  });
});
