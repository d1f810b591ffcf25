import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CASE_STATUSES, GBV_TYPES } from '../../../../shared/model';
import { useStore } from '../../../db';
import { isoFromText } from '../../../ui/dates';
import { type CaseFilter, SORT_KEYS, type Sort, type SortKey } from './case-rows';
import { setSearchQuery, useSearchQuery } from './search-memory';

export type ListParams = {
  status: string;
  type: string;
  unit: string;
  from: string;
  to: string;
  unmet: boolean;
  overdue: boolean;
  deleted: boolean;
  q: string;
  sort: Sort;
};

const isoOrUndefined = (text: string) => {
  const iso = isoFromText(text);
  return iso !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : undefined;
};

/**
 * Filters and sort live in the URL (#/cases?status=open&sort=…), so Back from a case returns to the
 * same list and a filtered list can be bookmarked. The search text does not: it may be a survivor's
 * name, so it stays in memory (search-memory.ts).
 */
export function useListParams(within: (unit: string) => ReadonlySet<string>) {
  const [search, setSearch] = useSearchParams();
  const q = useSearchQuery(useStore());
  const params: ListParams = useMemo(() => {
    const key = search.get('sort') ?? '';
    return {
      status: search.get('status') ?? '',
      type: search.get('type') ?? '',
      unit: search.get('unit') ?? '',
      from: search.get('from') ?? '',
      to: search.get('to') ?? '',
      unmet: search.get('unmet') === '1',
      overdue: search.get('overdue') === '1',
      deleted: search.get('deleted') === '1',
      q,
      sort: {
        key: (SORT_KEYS as readonly string[]).includes(key) ? (key as SortKey) : 'reportDate',
        dir: search.get('dir') === 'asc' ? 'asc' : 'desc',
      },
    };
  }, [search, q]);

  const filter: Omit<CaseFilter, 'nameMatches' | 'code'> = useMemo(
    () => ({
      status: (CASE_STATUSES as readonly string[]).includes(params.status)
        ? (params.status as 'open' | 'closed')
        : undefined,
      type: (GBV_TYPES as readonly string[]).includes(params.type) ? params.type : undefined,
      units: params.unit === '' ? undefined : within(params.unit),
      from: isoOrUndefined(params.from),
      to: isoOrUndefined(params.to),
      unmet: params.unmet,
      overdue: params.overdue,
      deleted: params.deleted,
    }),
    [params, within],
  );

  const update = ({ q: nextQuery, ...patch }: Partial<Omit<ListParams, 'sort'>> & { sort?: Sort }) => {
    if (nextQuery !== undefined) setSearchQuery(nextQuery);
    if (Object.keys(patch).length === 0) return;
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [name, value] of Object.entries(patch)) {
          if (name === 'sort') continue;
          if (value === '' || value === false) next.delete(name);
          else next.set(name, value === true ? '1' : String(value));
        }
        if (patch.sort !== undefined) {
          next.set('sort', patch.sort.key);
          next.set('dir', patch.sort.dir);
        }
        return next;
      },
      { replace: true },
    );
  };
  const clear = () => {
    setSearchQuery('');
    setSearch({}, { replace: true });
  };
  return { params, filter, update, clear };
}
