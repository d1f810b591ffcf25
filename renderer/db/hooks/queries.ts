import type { BucketKind, Counts } from '../../../shared/aggregates/buckets';
import type { AuditEntry, UserSummary } from '../../../shared/model';
import { isStoreError } from '../errors';
import type { AuditQuery } from '../repositories/audit';
import type { CaseListQuery, CaseView } from '../repositories/cases';
import { useFreshLiveQuery } from './fresh-live-query';
import { useSession, useSessionLocked, useStore } from './StoreProvider';

/**
 * Live reads: each re-runs when the tables it read change. A read the session may not make
 * (forbidden or locked) yields `{ error }` instead of throwing into the render.
 */
export type Live<T> = { data: T | undefined; error: string | null; isLoading: boolean };

export function useLive<T>(read: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const session = useSession();
  // The Session object stays the same when it locks; `locked` makes the read re-run and fail as 'locked'.
  const locked = useSessionLocked();
  const result = useFreshLiveQuery(async (): Promise<
    { ok: true; value: T } | { ok: false; code: string }
  > => {
    try {
      return { ok: true, value: await read() };
    } catch (error) {
      if (isStoreError(error)) return { ok: false, code: error.code };
      throw error;
    }
  }, [session, locked, ...deps]);
  if (result === undefined) return { data: undefined, error: null, isLoading: true };
  return result.ok
    ? { data: result.value, error: null, isLoading: false }
    : { data: undefined, error: result.code, isLoading: false };
}

export function useCases(query: CaseListQuery): Live<CaseView[]> {
  const store = useStore();
  return useLive(() => store.cases.list(query), [JSON.stringify(query)]);
}

export function useCase(id: string | undefined): Live<CaseView | undefined> {
  const store = useStore();
  return useLive(async () => (id === undefined ? undefined : store.cases.get(id)), [id]);
}

/** Summed counters of one kind for one unit over [from, to] periods (dashboards, indicators). */
export function useAggregateTotals(kind: BucketKind, unit: string, from?: string, to?: string): Live<Counts> {
  const store = useStore();
  return useLive(() => store.aggregates.totals(kind, unit, from, to), [kind, unit, from, to]);
}

export function useAuditEntries(query: AuditQuery): Live<AuditEntry[]> {
  const store = useStore();
  return useLive(() => store.audit.list(query), [JSON.stringify(query)]);
}

export function useUsers(): Live<UserSummary[]> {
  const store = useStore();
  return useLive(() => store.auth.listUsers(), []);
}

/** Store health for Admin: persistence granted or not, and the last changeSeq. */
export function useStoreHealth(): Live<{ persisted: boolean; supported: boolean; lastChangeSeq: number }> {
  const store = useStore();
  return useLive(async () => ({ ...store.persistence, lastChangeSeq: await store.lastChangeSeq() }), []);
}
