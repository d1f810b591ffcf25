import { describe, expect, it } from 'vitest';
import { type CaseRow, isOverdue, queryRows } from '../../../../renderer/features/cases/list/case-rows';

const row = (patch: Partial<CaseRow>): CaseRow => ({
  id: 'x',
  caseCode: '502-2026-00001',
  codeKey: '502-2026-00001',
  reportDate: '2026-11-01',
  incidentUnit: '502-01',
  gbvType: 'physical_assault',
  status: 'open',
  ageGroup: '26-40',
  sex: 'female',
  needsTotal: 2,
  needsUnmet: 0,
  nextContact: null,
  deleted: false,
  changeSeq: 1,
  ...patch,
});

const rows = [
  row({
    id: 'a',
    caseCode: '502-2026-00001',
    codeKey: '502-2026-00001',
    reportDate: '2026-10-01',
    needsUnmet: 1,
  }),
  row({
    id: 'b',
    caseCode: '502-2026-00002',
    codeKey: '502-2026-00002',
    reportDate: '2026-11-20',
    status: 'closed',
  }),
  row({
    id: 'c',
    caseCode: '503-2026-00003',
    codeKey: '503-2026-00003',
    incidentUnit: '503',
    nextContact: '2026-11-01',
  }),
  row({ id: 'd', caseCode: '502-2026-00004', codeKey: '502-2026-00004', deleted: true }),
];
const newest = { key: 'reportDate', dir: 'desc' } as const;
const ids = (out: CaseRow[]) => out.map((r) => r.id);

describe('case list rows', () => {
  it('lists live cases newest first; deleted ones only under their own filter', () => {
    expect(ids(queryRows(rows, {}, newest, '2026-11-29'))).toEqual(['b', 'c', 'a']);
    expect(ids(queryRows(rows, { deleted: true }, newest, '2026-11-29'))).toEqual(['d']);
  });

  it('filters by status, unit set, period, unmet needs and overdue follow-up', () => {
    expect(ids(queryRows(rows, { status: 'closed' }, newest, '2026-11-29'))).toEqual(['b']);
    expect(ids(queryRows(rows, { units: new Set(['503']) }, newest, '2026-11-29'))).toEqual(['c']);
    expect(ids(queryRows(rows, { from: '2026-11-01', to: '2026-11-30' }, newest, '2026-11-29'))).toEqual([
      'b',
      'c',
    ]);
    expect(ids(queryRows(rows, { unmet: true }, newest, '2026-11-29'))).toEqual(['a']);
    expect(ids(queryRows(rows, { overdue: true }, newest, '2026-11-29'))).toEqual(['c']);
    expect(isOverdue({ status: 'closed', nextContact: '2026-11-01' }, '2026-11-29')).toBe(false);
  });

  it('searches by part of a code, or by the ids a name search matched', () => {
    expect(ids(queryRows(rows, { code: '00002' }, newest, '2026-11-29'))).toEqual(['b']);
    expect(ids(queryRows(rows, { code: 'hoa', nameMatches: new Set(['a']) }, newest, '2026-11-29'))).toEqual([
      'a',
    ]);
  });

  it('sorts by a column either way', () => {
    expect(ids(queryRows(rows, {}, { key: 'caseCode', dir: 'asc' }, '2026-11-29'))).toEqual(['a', 'b', 'c']);
    expect(ids(queryRows(rows, {}, { key: 'caseCode', dir: 'desc' }, '2026-11-29'))).toEqual(['c', 'b', 'a']);
  });
});
