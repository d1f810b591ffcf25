import type { SentRef } from '../../shared/exchange/common';
import type { SequenceRanges } from '../../shared/exchange/receipt';
import type { HostApi } from '../../shared/host-api';
import { call } from '../host/call';

export type ResendRequest = { recipientUnit: string; missing: SequenceRanges; at: string };

/** What the newest receipt of each recipient says it is missing (nothing when every gap is filled). */
export async function resendRequests(host: HostApi): Promise<ResendRequest[]> {
  return (await call(host.bundles.requests())).requests;
}

export type ResendOutcome = { ref: SentRef; error: unknown };

/**
 * Sends again, in one action, every bundle a recipient's receipt lists as missing: the same bytes
 * main kept in sent/, to wherever `deliver` puts them (a folder, the outbox). A sequence that cannot
 * be sent (its file pruned or lost) is reported and does not stop the others.
 */
export async function resendMissing(
  request: ResendRequest,
  deliver: (ref: SentRef) => Promise<void>,
): Promise<ResendOutcome[]> {
  const out: ResendOutcome[] = [];
  for (const [from, to] of request.missing) {
    for (let sequence = from; sequence <= to; sequence++) {
      const ref = { recipientUnit: request.recipientUnit, sequence };
      try {
        await deliver(ref);
        out.push({ ref, error: null });
      } catch (error) {
        out.push({ ref, error });
      }
    }
  }
  return out;
}
