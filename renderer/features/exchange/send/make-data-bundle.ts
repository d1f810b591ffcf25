import type { SentBundle } from '../../../../shared/exchange/bundles-contract';
import { pseudonymizer, selectForSharing } from '../../../../shared/exchange/sharing';
import type { BinhAnStore, ExportProgress } from '../../../db';
import { call } from '../../../host/call';
import { host } from '../../../host/host';
import { pseudonymKey } from '../keys/host-secrets';

/** Where the next data bundle starts: the highest changeSeq any earlier data bundle to `province` covered. */
export async function lastExportedSeq(store: BinhAnStore, province: string): Promise<number> {
  const log = await store.exchangeLog.list();
  return log
    .filter(
      (e) => e.direction === 'sent' && e.kind === 'data' && e.peerUnit === province && e.deletedAt === null,
    )
    .reduce((max, e) => Math.max(max, e.toChangeSeq ?? 0), 0);
}

export type MadeBundle = { sent: SentBundle; records: number; total: number };

/**
 * Incremental export: every change since the last data bundle (tombstones included), through the
 * information-sharing rule, signed and encrypted by main for the province; the exchange log then
 * remembers which changeSeq range it covered. If the window closes between the two steps, the next
 * bundle simply covers the range again: the province's import is idempotent.
 */
export async function makeDataBundle(
  store: BinhAnStore,
  province: string,
  onProgress: (p: ExportProgress) => void,
): Promise<MadeBundle> {
  const session = store.auth.session;
  if (session === null) throw new Error('locked');
  const afterSeq = await lastExportedSeq(store, province);
  const toSeq = await store.lastChangeSeq();
  const read = await store.exchange.readChangesSince(afterSeq, toSeq, { onProgress });
  const records = selectForSharing(read.changes, read.aggregates, {
    pseudonymize: pseudonymizer(await pseudonymKey(session)),
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
  return { sent, records: read.total, total: read.total };
}
