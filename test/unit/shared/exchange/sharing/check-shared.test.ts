import { describe, expect, it } from 'vitest';
import {
  checkShared,
  type LocalCase,
  pseudonymizer,
  selectForSharing,
} from '../../../../../shared/exchange/sharing/index.ts';

const pseudonymize = pseudonymizer(new Uint8Array(32).fill(1));

const localCase: LocalCase = {
  id: '0190a0b0-0000-7000-8000-000000000001',
  rev: 3,
  deletedAt: null,
  reportDate: '2025-04-02',
  incidentDate: '2025-03-30',
  incidentUnit: '20314',
  gbvType: 'physical_assault',
  dvCategories: ['physical'],
  ageGroup: '26-40',
  soughtHelpFromProvider: true,
  needs: ['health'],
  status: 'open',
  survivor: { sex: 'female' },
  services: [{ need: 'health', outcome: 'provided' }],
  consent: { deidentifiedReporting: true },
};

describe('checkShared: the sharing rule as an allow-list of fields and value types', () => {
  it('accepts what the rule builds, counters included', () => {
    const records = selectForSharing(
      { cases: [localCase, { ...localCase, id: 'x2', deletedAt: '2025-04-03T00:00:00.000Z' }] },
      [
        {
          key: 'case|20314|2025-04',
          kind: 'case',
          unit: '20314',
          period: '2025-04',
          counts: { total: 7, 'age:61+': 2 },
        },
      ],
      { pseudonymize },
    );
    const checked = checkShared(records);
    expect(checked).toEqual({ ok: true, records });
  });

  it('refuses unknown fields, types and values, naming where but echoing no value', () => {
    const [row] = selectForSharing({ cases: [localCase] }, [], { pseudonymize }).cases ?? [];
    const cases = [
      [{ cases: [{ ...row, hoTen: 'Trần Thị Mai' }] }, 'cases[0].hoTen'],
      [{ cases: [{ ...row, sex: 'Trần Thị Mai' }] }, 'cases[0].sex'],
      [{ cases: [{ ...row, reportMonth: '2025-04-02' }] }, 'cases[0].reportMonth'],
      [{ survivors: [{ fullName: 'Trần Thị Mai' }] }, 'survivors'],
      [
        {
          aggregates: [{ key: 'case|1|2025-04', kind: 'case', unit: '2', period: '2025-04', counts: {} }],
        },
        'aggregates[0].key',
      ],
      [
        { aggregates: [{ key: 'x|1|-', kind: 'x', unit: '1', period: '-', counts: {} }] },
        'aggregates[0].kind',
      ],
      [
        {
          schools: [
            { id: 's1', rev: 1, removed: false, name: 'Trường THCS\u202E', level: 'primary', unitCode: '1' },
          ],
        },
        'schools[0].name',
      ],
      [
        {
          schools: [
            { id: 's1', rev: 1, removed: false, name: 'mai@example.vn', level: 'primary', unitCode: '1' },
          ],
        },
        'schools[0].name',
      ],
    ] as const;
    for (const [records, where] of cases) {
      const checked = checkShared(records);
      expect(checked.ok, where).toBe(false);
      if (!checked.ok) {
        expect(checked.where).toBe(where);
        expect(checked.problem).not.toMatch(/Trần|example/);
      }
    }
  });
});
