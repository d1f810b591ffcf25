import type { InboxOutcome, StagedBundle } from '../../../../shared/exchange/mail-contract';
import type { HostApi } from '../../../../shared/host-api';
import type { BinhAnStore } from '../../../db';
import {
  applyDataBundle,
  importKeys,
  importReceipt,
  openDataBundle,
  openKeyBundle,
} from '../../../exchange/import-bundle';
import { BundleRefused, call, HostCallError } from '../../../host/call';

export type MailImportRow = {
  bundle: StagedBundle;
  status: 'imported' | 'known' | 'needsApproval' | 'wrongKind' | 'rejected';
  /** For `rejected`: what errorText() translates. */
  error: unknown;
};

/** What this side takes from its mailbox: the province data and enrollments, an office receipts and config. */
const KINDS_FOR = {
  province: ['enrollment', 'data'],
  office: ['config', 'receipt'],
} as const satisfies Record<string, readonly StagedBundle['kind'][]>;

/** Key bundles first, so a newly known key then opens what follows; then per sender in sequence order. */
const ORDER: Record<StagedBundle['kind'], number> = { enrollment: 0, config: 1, data: 2, receipt: 3 };

/**
 * Phase two of receiving by mail: each bundle main staged from the mailbox is imported the same way
 * as a file from a stick (renderer/exchange/import-bundle.ts), all or nothing, and main is told how
 * it went, so it marks the message processed only once the import is in. A failure is reported for
 * that bundle and never stops the others; one refused stays in the mailbox for a later check.
 */
export async function importStaged(
  host: HostApi,
  store: BinhAnStore,
  side: keyof typeof KINDS_FOR,
  bundles: readonly StagedBundle[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<MailImportRow[]> {
  const kinds: readonly string[] = KINDS_FOR[side];
  const waiting = bundles
    .filter((b) => b.state === 'staged')
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.stagedAt.localeCompare(b.stagedAt));
  const rows: MailImportRow[] = [];
  for (const bundle of waiting) {
    const row: MailImportRow = kinds.includes(bundle.kind)
      ? await importOne(host, store, bundle)
      : { bundle, status: 'wrongKind', error: null };
    await call(host.mail.report({ id: bundle.id, result: outcomeFor(row) }));
    rows.push(row);
    onProgress(rows.length, waiting.length);
  }
  return rows;
}

async function importOne(host: HostApi, store: BinhAnStore, bundle: StagedBundle): Promise<MailImportRow> {
  const source = { from: 'path' as const, path: bundle.path };
  const done = (status: MailImportRow['status']): MailImportRow => ({ bundle, status, error: null });
  try {
    if (bundle.kind === 'data') {
      const opened = await openDataBundle(host, source);
      if (opened.at === 'known') return done('known');
      const result = await applyDataBundle(store, host, opened.opened);
      return done(result.alreadyImported ? 'known' : 'imported');
    }
    if (bundle.kind === 'receipt')
      return done((await importReceipt(host, source)) === 'known' ? 'known' : 'imported');
    const kind = bundle.kind;
    const peer = await importKeys(host, source);
    if (peer.status === 'pending') return done('needsApproval');
    if (peer.status !== 'approved') return { bundle, status: 'rejected', error: new Error(peer.status) };
    return done((await openKeyBundle(host, store, source, kind)) === 'known' ? 'known' : 'imported');
  } catch (error) {
    return { bundle, status: 'rejected', error };
  }
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

/** The offices the province received data from by mail in this round, each with the bundle to answer. */
export function receiptsToSend(rows: readonly MailImportRow[]): Array<{ unit: string; replyTo: string }> {
  const byUnit = new Map<string, string>();
  for (const row of rows) {
    if (row.bundle.kind !== 'data' || row.bundle.senderUnit === null || row.bundle.from === null) continue;
    if (row.status === 'imported' || row.status === 'known') byUnit.set(row.bundle.senderUnit, row.bundle.id);
  }
  return [...byUnit].map(([unit, replyTo]) => ({ unit, replyTo }));
}

/**
 * The province's answer by mail: a signed receipt for each office, queued in the outbox to the
 * address that office's bundle came from. One office's failure never stops the others.
 */
export async function mailReceipts(
  host: HostApi,
  offices: ReadonlyArray<{ unit: string; replyTo: string }>,
): Promise<Array<{ unit: string; error: unknown }>> {
  const out: Array<{ unit: string; error: unknown }> = [];
  for (const { unit, replyTo } of offices) {
    try {
      const sent = await call(host.bundles.createReceipt({ officeUnit: unit }));
      await call(host.mail.enqueue({ ref: { recipientUnit: unit, sequence: sent.sequence }, replyTo }));
      out.push({ unit, error: null });
    } catch (error) {
      out.push({ unit, error });
    }
  }
  return out;
}
