import type { InboxSender, ReceivedEntry } from '../../../../shared/exchange/bundles-contract';
import type { Peer } from '../../../../shared/exchange/trust-contract';
import { type UnitFields, unitValidOn } from '../../../../shared/model/unit';

/**
 * The reporting calendar: one data bundle a month per office. A month's bundle is made once the month
 * has ended (it then holds the whole month) and is due at the province by the end of day DUE_DAY of the
 * next month. On the 11th of March the February bundle is due: a bundle made on or after 1 March. On
 * 1–10 March, January's is the last one due: a bundle made on or after 1 February.
 */
export const DUE_DAY = 10;

export type Calendar = {
  /** The month whose bundle is the last one due, yyyy-MM. */
  month: string;
  /** Its due day (local), and the first moment a bundle that covers it can be made. */
  due: Date;
  since: Date;
};

export function reportingCalendar(now: Date): Calendar {
  const back = now.getDate() > DUE_DAY ? 0 : 1;
  const since = new Date(now.getFullYear(), now.getMonth() - back, 1);
  const due = new Date(since.getFullYear(), since.getMonth(), DUE_DAY);
  const covered = new Date(since.getFullYear(), since.getMonth() - 1, 1);
  const month = `${covered.getFullYear()}-${String(covered.getMonth() + 1).padStart(2, '0')}`;
  return { month, due, since };
}

export type SenderInfo = Pick<InboxSender, 'unit' | 'lastSequence' | 'missing' | 'lastReceivedAt'>;

/**
 * In the order a person works through them (the board's default sort): a key waiting on us, a late
 * office, one that enrolled but sent nothing, those on time, and last the many that never enrolled.
 */
export const OFFICE_STATES = ['pendingApproval', 'overdue', 'neverSent', 'onTime', 'neverEnrolled'] as const;
export type OfficeState = (typeof OFFICE_STATES)[number];

export type OfficeStatus = {
  unit: string;
  unitName: string | null;
  /** False for a unit that enrolled or sent but is not one the unit tree expects today (a former unit). */
  expected: boolean;
  peer: Peer | null;
  sender: SenderInfo | null;
  /** When the newest data bundle received was made (its signed manifest's time). */
  lastMadeAt: string | null;
  hasGaps: boolean;
  state: OfficeState;
};

type UnitRow = Pick<UnitFields, 'code' | 'name' | 'parentCode' | 'validFrom' | 'validTo' | 'successorCodes'>;

/**
 * The offices the unit tree expects to report to `province` on `day`: every unit valid that day below
 * it, or below its successor once it has ended (Quảng Nam's offices report to Đà Nẵng since July 2025).
 */
export function expectedOffices(units: readonly UnitRow[], province: string, day: string): UnitRow[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const roots = new Set([province]);
  const own = byCode.get(province);
  if (own !== undefined && !unitValidOn(own, day)) for (const s of own.successorCodes) roots.add(s);
  const below = (u: UnitRow): boolean => {
    const seen = new Set<string>();
    for (let p = u.parentCode; p !== null && !seen.has(p); p = byCode.get(p)?.parentCode ?? null) {
      if (roots.has(p)) return true;
      seen.add(p);
    }
    return false;
  };
  return units.filter((u) => !roots.has(u.code) && unitValidOn(u, day) && below(u));
}

/**
 * One line per office the unit tree expects, and per office that enrolled or sent although the tree
 * does not expect it: its key, what main's inbox recorded, and a state a person can act on.
 */
export function officeStatuses(input: {
  expected: readonly { code: string; name: string }[];
  peers: readonly Peer[];
  senders: readonly SenderInfo[];
  history: readonly ReceivedEntry[];
  now: Date;
}): OfficeStatus[] {
  const { since } = reportingCalendar(input.now);
  const names = new Map(input.expected.map((u) => [u.code, u.name]));
  const units = new Set([
    ...input.expected.map((u) => u.code),
    ...input.peers.filter((p) => p.introducedBy === 'enrollment').map((p) => p.unit),
    ...input.senders.map((s) => s.unit),
  ]);
  const lastMade = new Map<string, string>();
  for (const e of input.history) {
    if (e.kind !== 'data') continue;
    const held = lastMade.get(e.unit);
    if (held === undefined || held < e.createdAt) lastMade.set(e.unit, e.createdAt);
  }
  return [...units].map((unit) => {
    const mine = input.peers.filter((p) => p.unit === unit && p.introducedBy === 'enrollment');
    const peer =
      mine.find((p) => p.status === 'approved') ??
      mine.find((p) => p.status === 'pending') ??
      mine[0] ??
      null;
    const sender = input.senders.find((s) => s.unit === unit) ?? null;
    // Bundles received before the history was kept have only their time of arrival.
    const lastMadeAt =
      lastMade.get(unit) ??
      (sender !== null && peer !== null && sender.lastSequence > peer.sequence
        ? sender.lastReceivedAt
        : null);
    let state: OfficeState;
    if (peer === null) state = sender === null ? 'neverEnrolled' : 'neverSent';
    else if (peer.status !== 'approved') state = 'pendingApproval';
    else if (lastMadeAt === null) state = 'neverSent';
    else state = Date.parse(lastMadeAt) >= since.getTime() ? 'onTime' : 'overdue';
    return {
      unit,
      unitName: names.get(unit) ?? peer?.unitName ?? null,
      expected: names.has(unit),
      peer,
      sender,
      lastMadeAt,
      hasGaps: (sender?.missing.length ?? 0) > 0,
      state,
    };
  });
}
