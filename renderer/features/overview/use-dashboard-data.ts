import type { AggregateRow } from '../../../shared/aggregates/buckets';
import { isStoreError, useFreshLiveQuery, useSession, useSessionLocked, useStore } from '../../db';
import {
  type DashboardLists,
  type DashboardScope,
  loadDashboardLists,
  loadDashboardRows,
} from './load-dashboard-data';
import { selectionQuery } from './selection';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; code: string } | { state: 'ready'; data: T };

async function settle<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { state: 'ready', data: await read() };
  } catch (error) {
    if (isStoreError(error)) return { state: 'error', code: error.code };
    throw error;
  }
}

/** Live units, plans and populations: what the selection is resolved against. */
export function useDashboardLists(): Loaded<DashboardLists> {
  const store = useStore();
  const session = useSession();
  const locked = useSessionLocked();
  const result = useFreshLiveQuery(() => settle(() => loadDashboardLists(store)), [store, session, locked]);
  return result ?? { state: 'loading' };
}

/** Live counter buckets of the scope (`null` while the lists load); re-read when a bucket read changes. */
export function useDashboardRows(
  lists: DashboardLists | null,
  scope: DashboardScope | null,
): Loaded<Map<string, AggregateRow[]>> {
  const store = useStore();
  const session = useSession();
  const locked = useSessionLocked();
  const key = scope === null ? null : `${selectionQuery(scope.selection)}|${scope.tableUnits.join(',')}`;
  const result = useFreshLiveQuery(
    async () =>
      lists === null || scope === null
        ? ({ state: 'loading' } as const)
        : settle(() => loadDashboardRows(store, lists, scope)),
    [store, session, locked, lists, key],
  );
  return result ?? { state: 'loading' };
}
