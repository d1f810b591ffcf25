import type { SentRef } from '../../../../shared/exchange/common';
import type { InboxOutcome, StagedBundle } from '../../../../shared/exchange/mail-contract';
import type { HostApi } from '../../../../shared/host-api';
import type { BinhAnStore } from '../../../db';
import { importMany, type ManyOutcome, writeReceipts } from '../../../exchange/import-many';
import { BundleRefused, call, HostCallError } from '../../../host/call';

export type MailImportRow = {
  bundle: StagedBundle;
  status: ManyOutcome['status'] | 'wrongKind';
  /** For `rejected`: what errorText() translates. */
  error: unknown;
};

/** What this side takes from its mailbox: the province data and enrollments, an office receipts and config. */
const KINDS_FOR = {
  province: ['enrollment', 'data'],
  office: ['config', 'receipt'],
} as const satisfies Record<string, readonly StagedBundle['kind'][]>;

/**
 * Phase two of receiving by mail: the bundles main staged from the mailbox go through the same bulk
 * import as a folder or a stick (renderer/exchange/import-many.ts: kind from the signed manifest,
 * each all or nothing, a failure never stopping the rest), and main is told how each went, so it
 * marks a message processed only once its import is in. One refused stays in the mailbox.
 */
export async function importStaged(
  host: HostApi,
  store: BinhAnStore,
  side: keyof typeof KINDS_FOR,
  bundles: readonly StagedBundle[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<MailImportRow[]> {
  const kinds: readonly string[] = KINDS_FOR[side];
  const waiting = bundles.filter((b) => b.state === 'staged');
  const wanted = waiting.filter((b) => kinds.includes(b.kind));
  const byPath = new Map(wanted.map((b) => [b.path, b]));
  const many = await importMany(
    host,
    store,
    wanted.map((b) => ({ source: { from: 'path' as const, path: b.path }, name: b.fileName })),
    { onProgress: (done, total) => onProgress(done, total) },
  );
  const rows: MailImportRow[] = waiting
    .filter((b) => !kinds.includes(b.kind))
    .map((bundle) => ({ bundle, status: 'wrongKind', error: null }));
  for (const row of many) {
    const bundle = row.source.from === 'path' ? byPath.get(row.source.path) : undefined;
    if (bundle === undefined) continue;
    rows.push({
      bundle,
      status: row.outcome.status,
      error: row.outcome.status === 'rejected' ? row.outcome.error : null,
    });
  }
  for (const row of rows) await call(host.mail.report({ id: row.bundle.id, result: outcomeFor(row) }));
  return rows;
}

/** The code main keeps for a refused bundle: the reader's rejection, main's reason, or ours. */
function outcomeFor(row: MailImportRow): InboxOutcome {
  if (row.status === 'imported' || row.status === 'known') return { outcome: row.status };
  if (row.status !== 'rejected') return { outcome: 'refused', code: row.status };
  const e = row.error;
  if (e instanceof BundleRefused) return { outcome: 'refused', code: e.rejection.code };
  if (e instanceof HostCallError) return { outcome: 'refused', code: e.error.reason ?? e.error.code };
  return { outcome: 'refused', code: 'failed' };
}

/**
 * The province's answer by mail: one signed receipt per office it received data from in this round,
 * queued in the outbox to the address that office's bundle came from (writeReceipts: one office's
 * failure never stops the others).
 */
export function mailReceipts(host: HostApi, rows: readonly MailImportRow[]) {
  const replyTo = new Map<string, string>();
  for (const row of rows) {
    if (row.bundle.kind !== 'data' || row.bundle.senderUnit === null || row.bundle.from === null) continue;
    if (row.status === 'imported' || row.status === 'known')
      replyTo.set(row.bundle.senderUnit, row.bundle.id);
  }
  return writeReceipts(host, [...replyTo.keys()].sort(), async (ref: SentRef) => {
    await call(host.mail.enqueue({ ref, replyTo: replyTo.get(ref.recipientUnit) ?? '' }));
  });
}
