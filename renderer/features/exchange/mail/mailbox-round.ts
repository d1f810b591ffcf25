import { useSyncExternalStore } from 'react';
import type { InboxStatus } from '../../../../shared/exchange/mail-contract';
import type { HostApi } from '../../../../shared/host-api';
import type { BinhAnStore } from '../../../db';
import type { ReceiptOutcome } from '../../../exchange/import-many';
import { call } from '../../../host/call';
import { importStaged, type MailImportRow, mailReceipts } from './mail-import';

export type RoundResult = {
  /** Started by the schedule (quiet) rather than by "Kiểm tra hộp thư ngay". */
  auto: boolean;
  rows: MailImportRow[];
  /** At the province: the receipts queued for the offices that sent data in this round. */
  receipts: ReceiptOutcome[];
  /** What stopped the round before its end (errorText() translates it); null when it ran through. */
  error: unknown;
};

export type RoundPhase =
  | { at: 'idle' }
  | { at: 'checking'; auto: boolean }
  | { at: 'importing'; auto: boolean; done: number; total: number }
  | { at: 'done'; result: RoundResult };

/** How often main waits for its background check to end: a read of its status, no network wait. */
const STATUS_POLL_MS = 400;

async function finishedCheck(host: HostApi): Promise<InboxStatus> {
  for (;;) {
    const status = await call(host.mail.inbox());
    if (!status.checking) return status;
    await new Promise((resolve) => setTimeout(resolve, STATUS_POLL_MS));
  }
}

let phase: RoundPhase = { at: 'idle' };
let running: Promise<RoundResult> | null = null;
const listeners = new Set<() => void>();

function setPhase(next: RoundPhase): void {
  phase = next;
  for (const listener of listeners) listener();
}

/**
 * One round of receiving by mail, the same whether an officer asked or the schedule did: main checks
 * the mailbox in the background (this only reads its status), the bundles it staged go through the
 * bulk import, main is told how each went, the province queues a receipt for each office that sent
 * data, and a second check marks the imported messages on the server. One round at a time for this
 * window: asking while one runs joins it. Never throws: what went wrong is in the result.
 */
export function mailboxRound(
  host: HostApi,
  store: BinhAnStore,
  options: { auto: boolean },
): Promise<RoundResult> {
  if (running !== null) return running;
  const { auto } = options;
  const side = store.office?.role === 'province' ? 'province' : 'office';
  const round = async (): Promise<RoundResult> => {
    const result: RoundResult = { auto, rows: [], receipts: [], error: null };
    try {
      setPhase({ at: 'checking', auto });
      await call(host.mail.checkNow());
      const fetched = await finishedCheck(host);
      const waiting = fetched.bundles.filter((b) => b.state === 'staged');
      setPhase({ at: 'importing', auto, done: 0, total: waiting.length });
      result.rows = await importStaged(host, store, side, waiting, (done, total) =>
        setPhase({ at: 'importing', auto, done, total }),
      );
      if (side === 'province') result.receipts = await mailReceipts(host, result.rows);
      // What was imported is marked on the server by the next check, in the background.
      if (result.rows.some((r) => r.status === 'imported' || r.status === 'known'))
        await call(host.mail.checkNow());
    } catch (e) {
      result.error = e;
    }
    return result;
  };
  running = round().then((result) => {
    running = null;
    setPhase({ at: 'done', result });
    return result;
  });
  return running;
}

/** At sign-out: the next user does not see this one's last round (a round still running ends first). */
export function forgetMailboxRound(): void {
  if (running === null) setPhase({ at: 'idle' });
}

/** Where this window's mailbox round stands (the mail page shows the schedule's rounds too). */
export function useMailboxRound(): RoundPhase {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => phase,
  );
}
