import type { BundleKind } from '../../shared/bundle/manifest';
import type { BundleSource, SentRef } from '../../shared/exchange/common';
import type { Peer } from '../../shared/exchange/trust-contract';
import type { HostApi } from '../../shared/host-api';
import type { BinhAnStore } from '../db';
import { BundleRefused, call } from '../host/call';
import { applyDataBundle, importKeys, importReceipt, openDataBundle, openKeyBundle } from './import-bundle';

/** One file to import: where it is, and the name to show for it (never used to decide anything). */
export type ManyItem = { source: BundleSource; name: string };

export type ManyOutcome =
  /** Verified and applied (data), recorded (receipt) or its key in use (enrollment, config). */
  | { status: 'imported'; applied: number | null }
  /** Received before: nothing changed (a duplicate, a second copy, a re-sent bundle already held). */
  | { status: 'known' }
  /** A key bundle whose new key waits for its fingerprint to be confirmed by phone. */
  | { status: 'needsApproval'; peer: Peer }
  /** Refused or failed; nothing of it was applied. `error` goes through errorText() for the reason. */
  | { status: 'rejected'; error: unknown };

export type ManyRow = {
  name: string;
  source: BundleSource;
  /** From the bundle's manifest (signed; verified on the way in), null when the file is not a bundle. */
  kind: BundleKind | null;
  senderUnit: string | null;
  sequence: number | null;
  outcome: ManyOutcome;
};

export type ManyOptions = {
  /** Called after each file, in the order they are imported. */
  onProgress?: (done: number, total: number, row: ManyRow) => void;
  /** The signed-in user, for the history of received bundles (defaults to the store's session). */
  importedBy?: string;
};

/** Key bundles first (a known key then opens what follows), then per sender in sequence order. */
const KIND_ORDER: Record<BundleKind, number> = { enrollment: 0, config: 1, data: 2, receipt: 3 };

/**
 * Imports many bundles of any kinds and senders in one go: the one path for a folder, a USB stick and
 * a mailbox. The kind comes from each bundle's manifest, never its file name. Each bundle is verified
 * and applied on its own, all or nothing (one store transaction, then main's commit), and a bundle that
 * fails is reported and never stops the others. Returns one row per file, in import order.
 */
export async function importMany(
  host: HostApi,
  store: BinhAnStore,
  items: readonly ManyItem[],
  options: ManyOptions = {},
): Promise<ManyRow[]> {
  const importedBy = options.importedBy ?? store.auth.session?.user.username;
  const peeked: ManyRow[] = [];
  for (const item of items) peeked.push(await peek(host, item));
  const order = peeked
    .map((row, i) => ({ row, i }))
    .sort((a, b) => compareRows(a.row, b.row) || a.i - b.i)
    .map(({ row }) => row);
  const out: ManyRow[] = [];
  for (const row of order) {
    const done =
      row.outcome.status === 'rejected' || row.kind === null
        ? row
        : { ...row, outcome: await importOne(host, store, row.source, row.kind, importedBy) };
    out.push(done);
    options.onProgress?.(out.length, order.length, done);
  }
  return out;
}

function compareRows(a: ManyRow, b: ManyRow): number {
  if (a.kind === null || b.kind === null) return (a.kind === null ? 1 : 0) - (b.kind === null ? 1 : 0);
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.senderUnit ?? '').localeCompare(b.senderUnit ?? '') ||
    (a.sequence ?? 0) - (b.sequence ?? 0)
  );
}

async function peek(host: HostApi, item: ManyItem): Promise<ManyRow> {
  const base = { name: item.name, source: item.source, kind: null, senderUnit: null, sequence: null };
  try {
    const p = await call(host.bundles.peek({ source: item.source }));
    if (!p.ok) return { ...base, outcome: { status: 'rejected', error: new BundleRefused(p.rejection) } };
    return {
      ...base,
      kind: p.kind,
      senderUnit: p.senderUnit,
      sequence: p.sequence,
      outcome: { status: 'known' },
    };
  } catch (error) {
    return { ...base, outcome: { status: 'rejected', error } };
  }
}

async function importOne(
  host: HostApi,
  store: BinhAnStore,
  source: BundleSource,
  kind: BundleKind,
  importedBy: string | undefined,
): Promise<ManyOutcome> {
  try {
    if (kind === 'data') {
      const opened = await openDataBundle(host, source);
      if (opened.at === 'known') return { status: 'known' };
      const result = await applyDataBundle(store, host, opened.opened, importedBy);
      if (result.alreadyImported) return { status: 'known' };
      return { status: 'imported', applied: Object.values(result.applied).reduce((a, b) => a + b, 0) };
    }
    if (kind === 'receipt') {
      const r = await importReceipt(host, source, importedBy);
      return r === 'known' ? { status: 'known' } : { status: 'imported', applied: null };
    }
    const peer = await importKeys(host, source);
    if (peer.status === 'pending') return { status: 'needsApproval', peer };
    if (peer.status !== 'approved') return { status: 'known' };
    const done = await openKeyBundle(host, store, source, kind);
    return done === 'known' ? { status: 'known' } : { status: 'imported', applied: null };
  } catch (error) {
    return { status: 'rejected', error };
  }
}

/** The offices a bulk import received data from (imported or already held): each gets a receipt. */
export function receiptUnits(rows: readonly ManyRow[]): string[] {
  const units = rows
    .filter((r) => r.kind === 'data' && (r.outcome.status === 'imported' || r.outcome.status === 'known'))
    .map((r) => r.senderUnit)
    .filter((u): u is string => u !== null);
  return [...new Set(units)].sort();
}

export type ReceiptOutcome = { unit: string; ref: SentRef | null; error: unknown };

/**
 * One signed receipt per office (every sequence received so far and the gaps), each then written to
 * `deliver` (a folder, the outbox). One office's failure is reported and never stops the others.
 */
export async function writeReceipts(
  host: HostApi,
  units: readonly string[],
  deliver: (ref: SentRef) => Promise<void>,
): Promise<ReceiptOutcome[]> {
  const out: ReceiptOutcome[] = [];
  for (const unit of units) {
    try {
      const sent = await call(host.bundles.createReceipt({ officeUnit: unit }));
      const ref = { recipientUnit: unit, sequence: sent.sequence };
      await deliver(ref);
      out.push({ unit, ref, error: null });
    } catch (error) {
      out.push({ unit, ref: null, error });
    }
  }
  return out;
}

/** Receipts to a folder or USB stick. */
export const toFolder =
  (host: HostApi, to: 'drive' | 'folder', path: string) =>
  async (ref: SentRef): Promise<void> => {
    await call(host.bundles.saveTo({ ref, to, path }));
  };

/** Receipts queued in the e-mail outbox (the pump sends them when it can). */
export const toOutbox =
  (host: HostApi) =>
  async (ref: SentRef): Promise<void> => {
    await call(host.mail.enqueue({ ref }));
  };
