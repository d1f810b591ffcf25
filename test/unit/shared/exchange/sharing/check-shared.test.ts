import { describe, expect, it } from 'vitest';
import { checkShared, pseudonymizer, selectForSharing } from '../../../../../shared/exchange/sharing/index';

const pseudonymize = pseudonymizer(new Uint8Array(32).fill(1));

const counters = { officeChain: ['20314', '49'], threshold: 5 };

describe('checkShared: the sharing rule as an allow-list of fields and value types', () => {
  it('accepts what the rule builds, counters included', () => {
    const records = selectForSharing(
      {},
      [
        {
          key: 'case|20314|2025-04',
          kind: 'case',
          unit: '20314',
          period: '2025-04',
          counts: { total: 7, 'age:61+': 2, 'age_c:61+': 2 },
        },
      ],
      { pseudonymize, counters },
    );
    expect(records.aggregates?.[0]?.counts).toEqual({ total: 7, 'age:61+': 2 });
    const checked = checkShared(records);
    expect(checked).toEqual({ ok: true, records });
  });

  it('refuses unknown fields, types and values, naming where but echoing no value', () => {
    const person = { id: `p${'a'.repeat(32)}`, rev: 1, removed: false, unitCode: '20314' };
    const row = { ...person, category: 'official', sex: 'female' };
    const cases = [
      // A case-level row is refused whatever it holds: cases leave as counters only.
      [{ cases: [{ id: `c${'a'.repeat(32)}`, rev: 1, removed: true }] }, 'cases'],
      [{ people: [{ ...row, hoTen: 'Trần Thị Mai' }] }, 'people[0].hoTen'],
      [{ people: [{ ...row, sex: 'Trần Thị Mai' }] }, 'people[0].sex'],
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
