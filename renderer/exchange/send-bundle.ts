import type { SentBundle } from '../../shared/exchange/bundles-contract';
import { exchangeSecret, PSEUDONYM_LABEL } from '../../shared/exchange/host-wrapping-key';
import { pseudonymizer, selectForSharing } from '../../shared/exchange/sharing';
import type { HostApi } from '../../shared/host-api';
import { type BinhAnStore, type ExportProgress, StoreError } from '../db';
import { call } from '../host/call';

/** Where the next data bundle starts: the highest changeSeq any earlier data bundle to `province` covered. */
export async function lastExportedSeq(store: BinhAnStore, province: string): Promise<number> {
  const log = await store.exchangeLog.list();
  return log
    .filter(
      (e) => e.direction === 'sent' && e.kind === 'data' && e.peerUnit === province && e.deletedAt === null,
    )
    .reduce((max, e) => Math.max(max, e.toChangeSeq ?? 0), 0);
}

/** What the send page says before anything is made: where the next bundle starts and how much changed. */
export async function pendingChanges(
  store: BinhAnStore,
  province: string,
): Promise<{ from: number; count: number }> {
  const from = await lastExportedSeq(store, province);
  return { from, count: await store.exchange.countChangesSince(from) };
}

export type MadeBundle = { sent: SentBundle; read: number };

/**
 * Incremental export, as steps: read every change since the last data bundle (tombstones included),
 * select what the information-sharing rule lets leave (shared/exchange/sharing, the lead's), have main
 * sign and encrypt it for the province, and record the covered changeSeq range in the exchange log.
 * Main's bundle and the store's log cannot share a transaction; if the window closes between the two,
 * the next bundle covers the range again, which the province's idempotent import absorbs.
 */
export async function makeDataBundle(
  store: BinhAnStore,
  host: HostApi,
  province: string,
  onProgress: (p: ExportProgress) => void = () => {},
): Promise<MadeBundle> {
  const session = store.auth.session;
  if (session === null) throw new StoreError('locked');
  const afterSeq = await lastExportedSeq(store, province);
  const toSeq = await store.lastChangeSeq();
  const read = await store.exchange.readChangesSince(afterSeq, toSeq, { onProgress });
  const records = selectForSharing(read.changes, read.aggregates, {
    pseudonymize: pseudonymizer(await exchangeSecret(session.keys().office, PSEUDONYM_LABEL)),
    counters: read.counters,
  });
  const sent = await call(host.bundles.createData({ recipientUnit: province, records }));
  await store.exchangeLog.create({
    direction: 'sent',
    kind: 'data',
    peerUnit: province,
    sequence: sent.sequence,
    manifestSha256: sent.manifestSha256,
    at: sent.createdAt,
    sinceChangeSeq: afterSeq,
    toChangeSeq: toSeq,
    recordCounts: sent.counts,
    state: 'sent',
  });
  return { sent, read: read.total };
}
