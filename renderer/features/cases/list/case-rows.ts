import { unmetNeeds } from '../../../../shared/model';
import type { CaseView } from '../../../db';

/**
 * One line of the case list: only what filters, sorting and the table need, a few dozen bytes per
 * case, so 100,000 of them fit in memory and filter in milliseconds. Nothing identifying.
 */
export type CaseRow = {
  id: string;
  caseCode: string;
  /** Lower-case code, for search by part of a code. */
  codeKey: string;
  reportDate: string;
  incidentUnit: string;
  gbvType: string;
  status: 'open' | 'closed';
  ageGroup: string;
  sex: string;
  needsTotal: number;
  needsUnmet: number;
  /** The earliest next-contact date of a follow-up not yet done, if any. */
  nextContact: string | null;
  deleted: boolean;
  changeSeq: number;
};

export function rowOf(view: CaseView): CaseRow {
  let nextContact: string | null = null;
  for (const f of view.followUps) {
    if (
      !f.done &&
      f.nextContactDate !== undefined &&
      (nextContact === null || f.nextContactDate < nextContact)
    ) {
      nextContact = f.nextContactDate;
    }
  }
  return {
    id: view.id,
    caseCode: view.caseCode,
    codeKey: view.caseCode.toLowerCase(),
    reportDate: view.reportDate,
    incidentUnit: view.incidentUnit,
    gbvType: view.gbvType,
    status: view.status,
    ageGroup: view.ageGroup,
    sex: view.survivor.sex,
    needsTotal: view.needs.length,
    needsUnmet: unmetNeeds(view).length,
    nextContact,
    deleted: view.deletedAt !== null,
    changeSeq: view.changeSeq,
  };
}

export type CaseFilter = {
  status?: 'open' | 'closed' | undefined;
  type?: string | undefined;
  /** The unit and all units below it. */
  units?: ReadonlySet<string> | undefined;
  from?: string | undefined;
  to?: string | undefined;
  unmet?: boolean;
  overdue?: boolean;
  deleted?: boolean;
  /** Lower-case part of a case code. */
  code?: string | undefined;
  /** Ids whose survivor's folded name matched the search (name search), or undefined. */
  nameMatches?: ReadonlySet<string> | undefined;
};

export const SORT_KEYS = [
  'caseCode',
  'reportDate',
  'gbvType',
  'incidentUnit',
  'status',
  'needs',
  'nextContact',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; dir: 'asc' | 'desc' };

export const isOverdue = (row: Pick<CaseRow, 'nextContact' | 'status'>, today: string): boolean =>
  row.status === 'open' && row.nextContact !== null && row.nextContact < today;

function compare(a: CaseRow, b: CaseRow, key: SortKey): number {
  switch (key) {
    case 'caseCode':
      return a.caseCode < b.caseCode ? -1 : a.caseCode > b.caseCode ? 1 : 0;
    case 'reportDate':
      return a.reportDate < b.reportDate ? -1 : a.reportDate > b.reportDate ? 1 : 0;
    case 'gbvType':
      return a.gbvType.localeCompare(b.gbvType);
    case 'incidentUnit':
      return a.incidentUnit.localeCompare(b.incidentUnit);
    case 'status':
      return a.status.localeCompare(b.status);
    case 'needs':
      return a.needsUnmet - b.needsUnmet;
    case 'nextContact':
      return (a.nextContact ?? '9999') < (b.nextContact ?? '9999')
        ? -1
        : (a.nextContact ?? '9999') > (b.nextContact ?? '9999')
          ? 1
          : 0;
  }
}

/** All rows in list order; ties fall back to the newest report first. Done once per sort, not per keystroke. */
export function sortRows(rows: Iterable<CaseRow>, sort: Sort): CaseRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * compare(a, b, sort.key) ||
      (a.reportDate === b.reportDate ? 0 : b.reportDate < a.reportDate ? -1 : 1),
  );
}

/** The sorted rows that pass the filter, in their order: a keystroke costs one pass, no sort. */
export function filterRows(sorted: readonly CaseRow[], filter: CaseFilter, today: string): CaseRow[] {
  const out: CaseRow[] = [];
  const search = filter.code;
  for (const row of sorted) {
    if (row.deleted !== (filter.deleted ?? false)) continue;
    if (filter.status !== undefined && row.status !== filter.status) continue;
    if (filter.type !== undefined && row.gbvType !== filter.type) continue;
    if (filter.units !== undefined && !filter.units.has(row.incidentUnit)) continue;
    if (filter.from !== undefined && row.reportDate < filter.from) continue;
    if (filter.to !== undefined && row.reportDate > filter.to) continue;
    if (filter.unmet === true && row.needsUnmet === 0) continue;
    if (filter.overdue === true && !isOverdue(row, today)) continue;
    if (search !== undefined && search !== '') {
      const byCode = row.codeKey.includes(search);
      if (!byCode && !(filter.nameMatches?.has(row.id) ?? false)) continue;
    }
    out.push(row);
  }
  return out;
}

export const queryRows = (
  rows: Iterable<CaseRow>,
  filter: CaseFilter,
  sort: Sort,
  today: string,
): CaseRow[] => filterRows(sortRows(rows, sort), filter, today);
