import { useCallback, useEffect, useRef, useState } from 'react';
import { type HostError, hostError, type Result } from '../../shared/host/result';
import { isStoreError, type StoreError } from '../db';
import { HostCallError } from './call';
import { type HostArea, onHostWrite } from './host-writes';

/** What a read may fail with: main's refusal, or the store's when the read also asks the store. */
export type HostQueryError = HostError | StoreError;

export type HostQuery<T> = {
  /** The answer for the current inputs; undefined while the first answer for them is awaited or after an error. */
  data: T | undefined;
  error: HostQueryError | null;
  isLoading: boolean;
  /** Reads again now (e.g. a "Tìm lại" button); writes through `host` refresh by themselves. */
  refresh: () => void;
};

type State<T> = { data: T | undefined; error: HostQueryError | null; isLoading: boolean };

function failureOf(e: unknown): HostQueryError {
  if (e instanceof HostCallError) return e.error;
  if (isStoreError(e)) return e;
  return hostError('internal', 'internalError', {
    cause: (e instanceof Error ? e.message : String(e)).slice(0, 200),
  });
}

/**
 * The one way a component reads from main: `{ data, error, isLoading, refresh }`, like the store's
 * live hooks. Only the newest request may answer — an older one that resolves later (slow disk, a
 * quick change of inputs) is dropped, and nothing is set after unmount. It reads again after any
 * successful write to one of `areas` (renderer/host/host-writes.ts) and every `everyMs` if given.
 * An error is an error: `data` is undefined then, so a failed list never shows as an empty one.
 */
export function useHostQuery<T>(
  areas: readonly HostArea[],
  read: () => Promise<Result<T>>,
  deps: readonly unknown[],
  options: { enabled?: boolean; everyMs?: number } = {},
): HostQuery<T> {
  const enabled = options.enabled ?? true;
  const [state, setState] = useState<State<T>>({ data: undefined, error: null, isLoading: enabled });
  const latest = useRef(0);
  const mounted = useRef(true);
  const readRef = useRef(read);
  readRef.current = read;
  const areaKey = [...areas].sort().join(',');

  const run = useCallback((fresh: boolean) => {
    const id = ++latest.current;
    // New inputs forget the old answer (it was for something else); a refresh keeps it while it reads.
    setState((s) => (fresh ? { data: undefined, error: null, isLoading: true } : { ...s, isLoading: true }));
    const settle = (next: State<T>) => {
      if (mounted.current && id === latest.current) setState(next);
    };
    readRef
      .current()
      .then(
        (r) =>
          settle(
            r.ok
              ? { data: r.value, error: null, isLoading: false }
              : { data: undefined, error: r.error, isLoading: false },
          ),
        (e: unknown) => settle({ data: undefined, error: failureOf(e), isLoading: false }),
      )
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    mounted.current = true;
    if (!enabled) {
      latest.current += 1;
      setState({ data: undefined, error: null, isLoading: false });
      return;
    }
    run(true);
    const watched = new Set(areaKey.split(','));
    const off = onHostWrite((changed) => {
      if ([...changed].some((a) => watched.has(a))) run(false);
    });
    const timer = options.everyMs === undefined ? undefined : setInterval(() => run(false), options.everyMs);
    return () => {
      off();
      if (timer !== undefined) clearInterval(timer);
      latest.current += 1;
    };
  }, [enabled, areaKey, options.everyMs, run, ...deps]);

  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const refresh = useCallback(() => {
    if (enabled) run(false);
  }, [enabled, run]);
  return { ...state, refresh };
}
