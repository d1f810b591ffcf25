import { useLiveQuery } from 'dexie-react-hooks';

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * useLiveQuery, but never answers for other inputs: Dexie's hook keeps returning the previous result
 * while a query for new deps runs, which for a moment shows case A under case B's address, or one
 * unit's figures under another's heading. Here that moment reads as "loading" instead.
 */
export function useFreshLiveQuery<T>(read: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const result = useLiveQuery(async () => ({ deps, value: await read() }), [...deps]);
  return result !== undefined && sameDeps(result.deps, deps) ? result.value : undefined;
}
