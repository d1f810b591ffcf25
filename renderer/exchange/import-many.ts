import type { BundleKind } from '../../shared/bundle/manifest';
import type { BundleSource, SentRef } from '../../shared/exchange/common';
import type { Peer } from '../../shared/exchange/trust-contract';
import type { HostApi } from '../../shared/host-api';
import type { ApplyResult, BinhAnStore } from '../db';
import { BundleRefused, call } from '../host/call';
import {
  asStoreBundle,
  commitBundle,
  importKeys,
  importReceipt,
  type OpenedBundle,
  openDataBundle,
  openKeyBundle,
} from './import-bundle';

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
 * Data bundles applied in one store transaction at most: main keeps this many opened bundles
 * waiting for their commit (receiving.ts, MAX_PENDING), and a batch is opened before it is applied.
 */
export const BATCH_BUNDLES = 32;

/**
 * Imports many bundles of any kinds and senders in one go: the one path for a folder, a USB stick and
 * a mailbox. The kind comes from each bundle's manifest, never its file name. Each bundle is verified
 * and applied all or nothing, and a bundle that fails is reported and never stops the others. Key
 * bundles and receipts go one at a time; data bundles in batches (importData). Returns one row per
 * file, in import order.
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
  const report = (row: ManyRow) => {
    out.push(row);
    options.onProgress?.(out.length, order.length, row);
  };
  // Sorted by kind, the data bundles are one run between the key bundles and the receipts.
  const data = order.filter((row) => row.kind === 'data');
  for (const row of order) {
    if (row.kind === 'data') {
      if (row === data[0]) await importData(host, store, data, importedBy, report);
      continue;
    }
    report(
      row.outcome.status === 'rejected' || row.kind === null
        ? row
        : { ...row, outcome: await importOne(host, store, row.source, row.kind, importedBy) },
    );
  }
  return out;
}

/**
 * Data bundles in rounds: the first bundle of every sender, then the second of every sender, and so
 * on, so that no batch holds two bundles of one sender (main checks each against its sender's chain
 * as committed, and a sender's next bundle is checked only once the one before it is in). Each round
 * goes in batches of BATCH_BUNDLES: main opens each (signature, decryption), the store applies the
 * batch in one transaction, main records each as received.
 */
async function importData(
  host: HostApi,
  store: BinhAnStore,
  rows: readonly ManyRow[],
  importedBy: string | undefined,
  report: (row: ManyRow) => void,
): Promise<void> {
  const rounds: ManyRow[][] = [];
  const taken = new Map<string, number>();
  for (const row of rows) {
    const round = taken.get(row.senderUnit ?? '') ?? 0;
    taken.set(row.senderUnit ?? '', round + 1);
    const list = rounds[round] ?? [];
    list.push(row);
    rounds[round] = list;
  }
  for (const round of rounds)
    for (let at = 0; at < round.length; at += BATCH_BUNDLES) {
      const batch = round.slice(at, at + BATCH_BUNDLES);
      const outcomes = await importBatch(host, store, batch, importedBy);
      batch.forEach((row, i) => {
        report({ ...row, outcome: outcomes[i] ?? { status: 'rejected', error: new Error('no outcome') } });
      });
    }
}

/** One batch of data bundles of distinct senders: opened one by one, applied together, committed. */
async function importBatch(
  host: HostApi,
  store: BinhAnStore,
  batch: readonly ManyRow[],
  importedBy: string | undefined,
): Promise<ManyOutcome[]> {
  const outcomes: ManyOutcome[] = [];
  const opened: { at: number; bundle: OpenedBundle }[] = [];
  for (const [at, row] of batch.entries()) {
    try {
      const o = await openDataBundle(host, row.source);
      if (o.at === 'known') outcomes[at] = { status: 'known' };
      else opened.push({ at, bundle: o.opened });
    } catch (error) {
      outcomes[at] = { status: 'rejected', error };
    }
  }
  if (opened.length === 0) return outcomes;
  const applied = await applyBatch(
    store,
    opened.map((o) => o.bundle),
  );
  for (const [i, { at, bundle }] of opened.entries()) {
    const result = applied[i];
    if (result === undefined || !result.ok) {
      outcomes[at] = { status: 'rejected', error: result?.error ?? new Error('not applied') };
      continue;
    }
    try {
      // Main's record follows the store's commit; a crash between them re-opens the bundle next
      // time, and the store then says it is already in (see applyDataBundle in import-bundle.ts).
      await commitBundle(host, bundle, importedBy);
      outcomes[at] = result.result.alreadyImported
        ? { status: 'known' }
        : {
            status: 'imported',
            applied: Object.values(result.result.applied).reduce((a, b) => a + b, 0),
          };
    } catch (error) {
      outcomes[at] = { status: 'rejected', error };
    }
  }
  return outcomes;
}

type Applied = { ok: true; result: ApplyResult } | { ok: false; error: unknown };

/**
 * The batch in one transaction; if that transaction fails as a whole (nothing of it was written),
 * each bundle alone, so the one that fails is the one reported and the others still go in.
 */
async function applyBatch(store: BinhAnStore, bundles: readonly OpenedBundle[]): Promise<Applied[]> {
  try {
    return await store.exchange.applyDataBundles(bundles.map(asStoreBundle));
  } catch {
    const out: Applied[] = [];
    for (const bundle of bundles) {
      try {
        out.push({ ok: true, result: await store.exchange.applyDataBundle(asStoreBundle(bundle)) });
      } catch (error) {
        out.push({ ok: false, error });
      }
    }
    return out;
  }
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
  kind: Exclude<BundleKind, 'data'>,
  importedBy: string | undefined,
): Promise<ManyOutcome> {
  try {
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
