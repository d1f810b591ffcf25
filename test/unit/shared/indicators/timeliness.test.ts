import { describe, expect, it } from 'vitest';
import type { AggregateRow } from '../../../../shared/aggregates/buckets';
import { rebuildAggregates } from '../../../../shared/aggregates/rebuild';
import { timelinessFrom } from '../../../../shared/indicators/timeliness';
import type { CaseFollowUp, CaseRecord, CaseService } from '../../../../shared/model';

const chain = (unit: string) => (unit === '49' ? ['49'] : [unit, '49']);

let n = 0;
/** A case reported on `reportDate` at `unit`, with its services (need, date, outcome) and follow-ups. */
function caseOn(
  unit: string,
  reportDate: string,
  services: [date: string, outcome: CaseService['outcome']][],
  followUps: Pick<CaseFollowUp, 'nextContactDate' | 'done'>[] = [],
  extra: Partial<CaseRecord> = {},
): CaseRecord {
  n += 1;
  return {
    id: `case-${n}`,
    rev: 1,
    updatedAt: `${reportDate}T08:00:00Z`,
    changeSeq: n,
    deletedAt: null,
    origin: '502',
    reportDate,
    incidentDate: reportDate,
    incidentUnit: unit,
    gbvType: 'physical_assault',
    context: 'family',
    survivor: { sex: 'female', age: 30, disability: 'no', ethnicity: undefined },
    perpetrator: { relationship: 'intimate_partner', sex: 'male', ageGroup: '26-40' },
    referralSource: 'hotline_111',
    soughtHelpFromProvider: true,
    needs: ['health'],
    consent: { services: true, referral: true, deidentifiedReporting: n % 2 === 0 },
    status: 'open',
    caseCode: `502-2026-${n}`,
    month: reportDate.slice(0, 7),
    ageGroup: '26-40',
    dvCategories: [],
    services: services.map(([date, outcome], i) => ({
      id: `svc-${n}-${i}`,
      need: 'health',
      date,
      provider: 'Trạm Y tế',
      outcome,
    })),
    followUps: followUps.map((f, i) => ({ id: `fu-${n}-${i}`, date: reportDate, ...f })),
    vault: { v: 1, iv: new Uint8Array(12), ct: new Uint8Array(16) },
    ...extra,
  };
}

/**
 * Hand-counted, today = 2026-12-10. Tam Kỳ (502-01, 502-02 under 49), cases reported in 2026:
 *   A 502-01 03/01: provided 03/01 (0 days)                        next contact 05/12, not done → overdue
 *   B 502-01 10/02: referred 11/02, provided 15/02 (5 days)         next contact 20/12 → not yet due
 *   C 502-01 01/03: pending only → not served                      next contact 01/12 but done → nothing
 *   D 502-02 05/07: provided 12/07 and 08/07 (3 days: the earlier)  next contact 09/12 → overdue
 *   E 502-02 20/08: provided 20/09 (31 days)                        closed, next contact 01/11 → not counted
 *   F 502-02 02/01/2025: provided 04/01/2025 (2 days), other year   next contact 01/12 → overdue, but 2025
 *   G 502-01 10/06: provided 1 day later, but the case is deleted → not counted
 *   H 502-01 01/01: provided 20/12/2025, before the report (the survivor went to hospital first):
 *     counts as 0 days.
 * Served in 2026: A 0, B 5, D 3, E 31, H 0 → sorted 0, 0, 3, 5, 31 → median 3.
 * First half 2026 (Jan–Jun): A 0, B 5, H 0 → 0, 0, 5 → median 0; not served: C.
 * Per unit 2026: 502-01 A 0, B 5, H 0 → median 0; 502-02 D 3, E 31 → median (3 + 31) / 2 = 17.
 * Overdue in 2026: A and D → 2 (at 49); 502-01: 1, 502-02: 1.
 */
const records: CaseRecord[] = [
  caseOn(
    '502-01',
    '2026-01-03',
    [['2026-01-03', 'provided']],
    [{ nextContactDate: '2026-12-05', done: false }],
  ),
  caseOn(
    '502-01',
    '2026-02-10',
    [
      ['2026-02-11', 'referred'],
      ['2026-02-15', 'provided'],
    ],
    [{ nextContactDate: '2026-12-20', done: false }],
  ),
  caseOn(
    '502-01',
    '2026-03-01',
    [['2026-03-02', 'pending']],
    [{ nextContactDate: '2026-12-01', done: true }],
  ),
  caseOn(
    '502-02',
    '2026-07-05',
    [
      ['2026-07-12', 'provided'],
      ['2026-07-08', 'provided'],
    ],
    [
      { nextContactDate: '2026-12-15', done: false },
      { nextContactDate: '2026-12-09', done: false },
    ],
  ),
  caseOn(
    '502-02',
    '2026-08-20',
    [['2026-09-20', 'provided']],
    [{ nextContactDate: '2026-11-01', done: false }],
    {
      status: 'closed',
      closureReason: 'needs_met',
    },
  ),
  caseOn(
    '502-02',
    '2025-01-02',
    [['2025-01-04', 'provided']],
    [{ nextContactDate: '2026-12-01', done: false }],
  ),
  caseOn('502-01', '2026-06-10', [['2026-06-11', 'provided']], [], { deletedAt: '2026-06-12T00:00:00Z' }),
  caseOn('502-01', '2026-01-01', [['2025-12-20', 'provided']]),
];

const rowsOf = (unit: string): AggregateRow[] =>
  [
    ...rebuildAggregates(
      { cases: records, people: [], attendances: [], schools: [], activities: [], outreach: [] },
      chain,
    ).values(),
  ].filter((r) => r.unit === unit);
const TODAY = '2026-12-10';

describe('timeliness from the case counters', () => {
  it('gives the hand-counted median days to first service, cases not served and follow-ups overdue', () => {
    expect(timelinessFrom(rowsOf('49'), { year: 2026, part: 'year' }, TODAY)).toEqual({
      served: 5,
      medianDays: 3,
      medianBeyond: false,
      notServed: 1,
      overdue: 2,
    });
    expect(timelinessFrom(rowsOf('49'), { year: 2026, part: 'firstHalf' }, TODAY)).toMatchObject({
      served: 3,
      medianDays: 0,
      notServed: 1,
      overdue: 1,
    });
    expect(timelinessFrom(rowsOf('502-01'), { year: 2026, part: 'year' }, TODAY)).toMatchObject({
      served: 3,
      medianDays: 0,
      overdue: 1,
    });
    expect(timelinessFrom(rowsOf('502-02'), { year: 2026, part: 'year' }, TODAY)).toMatchObject({
      served: 2,
      medianDays: 17,
      overdue: 1,
    });
    expect(timelinessFrom(rowsOf('502-02'), { year: 2025, part: 'year' }, TODAY)).toMatchObject({
      served: 1,
      medianDays: 2,
      overdue: 1,
    });
  });

  it('overdue moves with today, not with a rewrite of the counters', () => {
    const rows = rowsOf('49');
    expect(timelinessFrom(rows, { year: 2026, part: 'year' }, '2026-12-05').overdue).toBe(0);
    expect(timelinessFrom(rows, { year: 2026, part: 'year' }, '2026-12-06').overdue).toBe(1);
    expect(timelinessFrom(rows, { year: 2026, part: 'year' }, '2026-12-21').overdue).toBe(3);
  });

  it('has no median without a served case, and says when the median lies beyond a year', () => {
    expect(timelinessFrom(rowsOf('49'), { year: 2024, part: 'year' }, TODAY)).toEqual({
      served: 0,
      medianDays: null,
      medianBeyond: false,
      notServed: 0,
      overdue: 0,
    });
    const late = [caseOn('503', '2024-01-01', [['2025-06-01', 'provided']])];
    const rows = [
      ...rebuildAggregates(
        { cases: late, people: [], attendances: [], schools: [], activities: [], outreach: [] },
        chain,
      ).values(),
    ].filter((r) => r.unit === '503');
    expect(timelinessFrom(rows, { year: 2024, part: 'year' }, TODAY)).toMatchObject({
      medianDays: 366,
      medianBeyond: true,
    });
  });
});
