import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { todayIso } from '../../../../shared/model';
import { type BinhAnStore, useStore } from '../../../db';
import { caseIndexFor, type IndexState } from './case-index';
import { type CaseFilter, type CaseRow, filterRows, type Sort, sortRows } from './case-rows';
import { type NameIndexState, nameIndexFor } from './name-index';

const noSubscribe = () => () => undefined;
const EMPTY: IndexState = { rows: [], progress: null, ready: false };

/**
 * The filtered, sorted rows of the case list, from the in-memory index; the name index (for roles
 * that may search by name) builds in the background and joins the search when ready.
 */
export function useCaseList(filter: Omit<CaseFilter, 'nameMatches' | 'code'>, sort: Sort, search: string) {
  const store = useStore();
  const index = caseIndexFor(store);
  const names = nameIndexFor(store);
  const state = useSyncExternalStore(
    index === null ? noSubscribe : (l) => index.subscribe(l),
    () => index?.state ?? EMPTY,
  );
  const nameState: NameIndexState | null = useSyncExternalStore(
    names === null ? noSubscribe : (l) => names.subscribe(l),
    () => names?.state ?? null,
  );

  useEffect(() => {
    void index?.refresh();
    void names?.build();
  }, [index, names]);

  const query = search.trim();
  const nameMatches = useMemo(
    () => (nameState === null || query.length < 2 ? undefined : nameState.search(query)),
    [nameState, query],
  );
  useAuditedSearch(store, query, nameMatches);
  const sorted = useMemo(() => sortRows(state.rows, sort), [state, sort]);
  const rows: CaseRow[] = useMemo(
    () => filterRows(sorted, { ...filter, code: query.toLowerCase(), nameMatches }, todayIso()),
    [sorted, filter, query, nameMatches],
  );

  return {
    rows,
    total: state.rows.length,
    progress: state.progress,
    names: nameState,
  };
}

/** How long a name search must stay unchanged before it counts as one search (not every keystroke). */
const SEARCH_SETTLE_MS = 1200;

/**
 * A search by name shows which cases a survivor's name matches: a view of identities, so it goes
 * into the audit log (who, when, how many, a keyed hash of the query) once the typing settles.
 */
function useAuditedSearch(store: BinhAnStore, query: string, matches: ReadonlySet<string> | undefined): void {
  const audited = useRef<string | null>(null);
  const pending = useRef<{ query: string; count: number } | null>(null);
  const count = matches?.size;
  const flush = useCallback(() => {
    const search = pending.current;
    pending.current = null;
    if (search === null || audited.current === search.query) return;
    audited.current = search.query;
    store.cases.auditNameSearch(search.query, search.count).catch(() => undefined);
  }, [store]);
  useEffect(() => {
    if (count === undefined || audited.current === query) return;
    pending.current = { query, count };
    const timer = setTimeout(flush, SEARCH_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [query, count, flush]);
  // A search the user leaves (another page, a lock, signing out) before it settled still counts.
  useEffect(() => {
    const stop = store.auth.onBeforeLock(flush);
    return () => {
      stop();
      flush();
    };
  }, [store, flush]);
}
