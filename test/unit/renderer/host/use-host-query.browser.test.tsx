import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BackgroundErrors } from '../../../../renderer/app/BackgroundErrors';
import { StoreError } from '../../../../renderer/db';
import { HostCallError } from '../../../../renderer/host/call';
import { announceWrite } from '../../../../renderer/host/host-writes';
import { useHostQuery } from '../../../../renderer/host/use-host-query';
import { initI18n } from '../../../../renderer/i18n';
import { errorText } from '../../../../renderer/ui/store-error-text';
import { bindHostApi } from '../../../../shared/host/bind';
import { createDispatcher } from '../../../../shared/host/dispatch';
import { HostFailure, ok, type Result } from '../../../../shared/host/result';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A read whose answers the test releases by hand, in any order. */
function controlledReads<T>() {
  const pending: { input: number; resolve: (r: Result<T>) => void }[] = [];
  return {
    pending,
    read: (input: number) =>
      new Promise<Result<T>>((resolve) => {
        pending.push({ input, resolve });
      }),
  };
}

// A real door: main's dispatcher refuses with a code, the renderer's binding carries it across.
const contract = {
  trust: { list: { input: z.undefined(), output: z.object({ peers: z.array(z.string()) }) } },
};
const dispatch = createDispatcher(contract, {
  trust: {
    list: async () => {
      throw new HostFailure('notAllowed', 'noApprovedKey', { unit: '49' });
    },
  },
});
const api = bindHostApi(contract, (channel, input) =>
  dispatch(channel, JSON.parse(JSON.stringify(input ?? null)) ?? undefined),
);
function Peers() {
  const { t } = useTranslation();
  const q = useHostQuery(['trust'], () => api.trust.list(), []);
  if (q.error !== null) return <p role="alert">{errorText(t, q.error)}</p>;
  if (q.data === undefined) return <p>…</p>;
  return <p>{q.data.peers.length === 0 ? 'No keys yet.' : q.data.peers.join(', ')}</p>;
}

/** Shows the answer for its input; hands the test its setter and refresh. */
function Office({
  reads,
  handles,
}: {
  reads: ReturnType<typeof controlledReads<string>>;
  handles: { setInput: (n: number) => void; refresh: () => void };
}) {
  const [input, set] = useState(1);
  handles.setInput = set;
  const q = useHostQuery(['trust'], () => reads.read(input), [input]);
  handles.refresh = q.refresh;
  return <output>{q.isLoading && q.data === undefined ? 'loading' : (q.data ?? 'none')}</output>;
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('useHostQuery', () => {
  let root: Root | null = null;
  let view: HTMLDivElement;
  let i18n: Awaited<ReturnType<typeof initI18n>>;
  beforeAll(async () => {
    i18n = await initI18n('en');
  });
  const mount = (node: React.ReactNode) => {
    view = document.createElement('div');
    document.body.append(view);
    root = createRoot(view);
    act(() => root?.render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>));
  };
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
    document.body.innerHTML = '';
  });

  it('shows the newest request’s answer: an older one resolving later is dropped, for new inputs and refreshes alike', async () => {
    const reads = controlledReads<string>();
    const handles = { setInput: (_n: number) => {}, refresh: () => {} };
    mount(<Office reads={reads} handles={handles} />);
    const { setInput } = handles;
    const refresh = () => handles.refresh();
    act(() => setInput(2));
    expect(reads.pending.map((p) => p.input)).toEqual([1, 2]);
    // The answer for input 2 comes first, then the stale one for input 1: 2 stays.
    await act(async () => reads.pending[1]?.resolve(ok('office 2')));
    await act(async () => reads.pending[0]?.resolve(ok('office 1')));
    await flush();
    expect(view.textContent).toBe('office 2');

    // Two refreshes of the same input answered out of order: the later request wins.
    act(() => refresh());
    act(() => refresh());
    await act(async () => reads.pending[3]?.resolve(ok('second read')));
    await act(async () => reads.pending[2]?.resolve(ok('first read')));
    await flush();
    expect(view.textContent).toBe('second read');

    // A successful write to its area makes it read again; a write elsewhere does not.
    act(() => announceWrite('mail', 'saveSettings'));
    expect(reads.pending).toHaveLength(4);
    act(() => announceWrite('trust', 'approve'));
    expect(reads.pending).toHaveLength(5);
    await act(async () => reads.pending[4]?.resolve(ok('after approval')));
    expect(view.textContent).toBe('after approval');

    // Unmounted with a read in flight: its late answer changes nothing and throws nothing.
    act(() => refresh());
    act(() => root?.unmount());
    root = null;
    await act(async () => reads.pending[5]?.resolve(ok('too late')));
    expect(view.textContent).toBe('');
  });

  it('an error is shown as an error in English, never as an empty list', async () => {
    mount(<Peers />);
    await flush();
    await flush();
    expect(view.querySelector('[role="alert"]')?.textContent).toBe(
      'There is no approved key for office 49: import and approve its enrollment or configuration bundle first.',
    );
    expect(view.textContent).not.toContain('No keys yet.');
  });

  it('the background-error banner says a store error and a host refusal in English, not as keys or Vietnamese', async () => {
    mount(<BackgroundErrors />);
    const reject = (reason: unknown) =>
      act(() => {
        const promise = Promise.reject(reason);
        promise.catch(() => undefined);
        window.dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise, reason }));
      });
    reject(new StoreError('locked'));
    expect(document.body.textContent).toContain(
      'A background task failed: The session is locked. Please sign in again.',
    );
    expect(document.body.textContent).not.toContain('store.error');
    reject(
      new HostCallError({
        code: 'forbidden',
        reason: 'exchangeLocked',
        message: 'forbidden: exchangeLocked',
      }),
    );
    expect(document.body.textContent).toContain(
      "The office's keys are locked: sign in to unlock them, then try again.",
    );
  });
});
