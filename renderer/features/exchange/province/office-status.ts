import type { Peer } from '../../../../shared/exchange/trust-contract';

/** No bundle from an enrolled office for this long means "overdue" on the province's board. */
export const OVERDUE_DAYS = 45;

export type SenderInfo = {
  unit: string;
  lastSequence: number;
  missing: readonly (readonly [number, number])[];
  lastReceivedAt: string | null;
};

export type OfficeState = 'pendingApproval' | 'neverSent' | 'overdue' | 'onTime';

export type OfficeStatus = {
  unit: string;
  unitName: string | null;
  peer: Peer | null;
  sender: SenderInfo | null;
  state: OfficeState;
};

/**
 * One line per office that ever enrolled or sent: its key, what main's inbox recorded, and a state a
 * person can act on (approve the key, chase a missing bundle).
 */
export function officeStatuses(
  peers: readonly Peer[],
  senders: readonly SenderInfo[],
  now: Date,
): OfficeStatus[] {
  const units = new Set([
    ...peers.filter((p) => p.introducedBy === 'enrollment').map((p) => p.unit),
    ...senders.map((s) => s.unit),
  ]);
  return [...units].sort().map((unit) => {
    const mine = peers.filter((p) => p.unit === unit);
    const peer =
      mine.find((p) => p.status === 'approved') ??
      mine.find((p) => p.status === 'pending') ??
      mine[0] ??
      null;
    const sender = senders.find((s) => s.unit === unit) ?? null;
    const received = sender?.lastReceivedAt ?? null;
    let state: OfficeState;
    if (peer?.status !== 'approved') state = 'pendingApproval';
    else if (received === null || (sender?.lastSequence ?? 0) <= peer.sequence) state = 'neverSent';
    else state = now.getTime() - Date.parse(received) > OVERDUE_DAYS * 86_400_000 ? 'overdue' : 'onTime';
    return { unit, unitName: peer?.unitName ?? null, peer, sender, state };
  });
}
