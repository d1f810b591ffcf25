import { describe, expect, it } from 'vitest';
import {
  expectedOffices,
  officeStatuses,
  reportingCalendar,
} from '../../../../../renderer/features/exchange/province/office-status';
import { SHIPPED_UNITS } from '../../../../../shared/data/shipped-units';
import type { Peer } from '../../../../../shared/exchange/trust-contract';
import { unitFieldsSchema } from '../../../../../shared/model/unit';

const units = SHIPPED_UNITS.map((u) => unitFieldsSchema.parse(u));

describe("the province's board: every expected office, against the reporting calendar", () => {
  it("expects Đà Nẵng's 94 units of 1 July 2025, also at the former Quảng Nam province (its successor)", () => {
    expect(expectedOffices(units, '48', '2026-12-02')).toHaveLength(94);
    expect(expectedOffices(units, '49', '2026-12-02')).toHaveLength(94);
    // Before the reform, Quảng Nam's own districts.
    expect(expectedOffices(units, '49', '2024-06-01').map((u) => u.code)).toContain('502');
  });

  it('a month is due by day 10 of the next: on 11 March the February bundle, on 10 March still January', () => {
    expect(reportingCalendar(new Date(2026, 2, 11)).month).toBe('2026-02');
    expect(reportingCalendar(new Date(2026, 2, 11)).since).toEqual(new Date(2026, 2, 1));
    expect(reportingCalendar(new Date(2026, 2, 10)).month).toBe('2026-01');
    expect(reportingCalendar(new Date(2026, 0, 5)).month).toBe('2025-11');
  });

  it('never enrolled, waiting for approval, nothing received, on time, overdue, with gaps', () => {
    const peer = (unit: string, status: Peer['status']): Peer =>
      ({ unit, status, introducedBy: 'enrollment', sequence: 1, unitName: null }) as unknown as Peer;
    const expected = expectedOffices(units, '48', '2026-03-20').slice(0, 5);
    const [a, b, c, d, e] = expected.map((u) => u.code) as [string, string, string, string, string];
    const made = (unit: string, createdAt: string) => ({
      unit,
      kind: 'data' as const,
      sequence: 2,
      manifestSha256: '0'.repeat(64),
      createdAt,
      receivedAt: createdAt,
      counts: {},
      importedBy: 'tinh',
    });
    const rows = officeStatuses({
      expected,
      peers: [peer(b, 'pending'), peer(c, 'approved'), peer(d, 'approved'), peer(e, 'approved')],
      senders: [
        { unit: d, lastSequence: 3, missing: [[2, 2]], lastReceivedAt: '2026-03-02T08:00:00.000Z' },
        { unit: e, lastSequence: 2, missing: [], lastReceivedAt: '2026-02-20T08:00:00.000Z' },
      ],
      history: [made(d, '2026-03-02T08:00:00.000Z'), made(e, '2026-02-20T08:00:00.000Z')],
      now: new Date(2026, 2, 20),
    });
    const state = (u: string) => rows.find((r) => r.unit === u);
    expect(rows).toHaveLength(5);
    expect(state(a)?.state).toBe('neverEnrolled');
    expect(state(b)?.state).toBe('pendingApproval');
    expect(state(c)?.state).toBe('neverSent');
    expect(state(d)).toMatchObject({ state: 'onTime', hasGaps: true });
    expect(state(e)).toMatchObject({ state: 'overdue', hasGaps: false });
  });
});
