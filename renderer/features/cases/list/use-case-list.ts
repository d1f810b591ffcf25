import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { todayIso } from '../../../../shared/model';
import { useStore } from '../../../db';
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
