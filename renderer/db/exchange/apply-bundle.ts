import { uuidv7 } from 'uuidv7';
import { type AggregateRow, BUCKET_KINDS, type BucketKind } from '../../../shared/aggregates/buckets';
import type { BundleRecords } from '../../../shared/bundle/payload';
import {
  SHARED_SCHEMAS,
  SHARED_TYPES,
  type SharedAggregate,
  type SharedType,
} from '../../../shared/exchange/sharing';
import type { Change } from '../contributors';
import type { StoreCore } from '../core';
import type { BinhAnDb } from '../database';
import { StoreError } from '../errors';
import type { InboundRow, OfficeAggregateRow } from '../tables';
import type { WriteContext } from '../write-context';

export type OpenedData = {
  senderUnit: string;
  sequence: number;
  manifestSha256: string;
  createdAt: string;
  records: BundleRecords;
};

export type ApplyResult = {
  /** Rows written per type (new, or a newer revision). */
  applied: Record<string, number>;
  /** Rows already held at this revision or newer (a re-send, or the same bundle again). */
  unchanged: number;
  /**
   * True when the bundle's counters changed what the province holds of the office (a snapshot newer
   * than the last one applied, or a delta with a row newer than the one held).
   */
  countersApplied: boolean;
  /** True when the same bundle had been applied before: nothing changed at all. */
  alreadyImported: boolean;
};

const KINDS: ReadonlySet<string> = new Set(Object.values(BUCKET_KINDS));
const COUNTER_TYPES: ReadonlySet<string> = new Set([SHARED_TYPES.aggregates, SHARED_TYPES.aggregateChanges]);
/** Per office: the sequence of the last full snapshot applied. Bundles before it bring no counter news. */
const snapshotKey = (origin: string) => `exchange.counterSnapshot.${origin}`;

/** Counter rows received from offices, one per office and bucket: the consistency check adds them. */
export async function receivedAggregateRows(db: BinhAnDb): Promise<AggregateRow[]> {
  return (await db.officeAggregates.toArray()).map(({ row }) => ({
    key: row.key,
    kind: row.kind as BucketKind,
    unit: row.unit,
    period: row.period,
    counts: row.counts,
  }));
}

/**
 * An office's counters at the province, by bundle sequence (so bundles may arrive in any order, twice,
 * or as re-sends, and the figures are those of the newest state once the sequence has no gap):
 * - a full snapshot (`aggregates`) newer than the last one replaces every row of that office that an
 *   older bundle wrote; rows a newer delta already wrote stay;
 * - a delta (`aggregateChanges`) newer than the last snapshot writes each row whose held copy comes
 *   from an older bundle; `counts: {}` leaves a tombstone (it counts nothing, and stops an older
 *   bundle that arrives later from bringing the row back);
 * - anything older than the last snapshot is already contained in it.
 * The officeAggregates contributor moves each row's difference into the province's own counters.
 */
async function applyCounters(
  ctx: WriteContext,
  origin: string,
  sequence: number,
  rows: ReadonlyMap<SharedType, Record<string, unknown>[]>,
): Promise<boolean> {
  const { db } = ctx;
  const full = rows.get(SHARED_TYPES.aggregates) as SharedAggregate[] | undefined;
  const delta = rows.get(SHARED_TYPES.aggregateChanges) as SharedAggregate[] | undefined;
  const mark = await db.kv.get(snapshotKey(origin));
  const floor = typeof mark?.value === 'number' ? mark.value : 0;
  if (sequence <= floor) return false;
  const stored = (row: SharedAggregate): OfficeAggregateRow => ({
    key: `${origin}|${row.key}`,
    origin,
    sequence,
    row,
  });
  if (full !== undefined) {
    const held = new Map(
      (await db.officeAggregates.where('origin').equals(origin).toArray()).map((o) => [o.key, o]),
    );
    const next = new Map(full.map((row) => [`${origin}|${row.key}`, stored(row)]));
    const changes: Change<OfficeAggregateRow>[] = [];
    for (const after of next.values()) {
      const before = held.get(after.key);
      if (before === undefined || before.sequence < sequence) changes.push({ before, after });
    }
    for (const before of held.values())
      if (!next.has(before.key) && before.sequence < sequence) changes.push({ before, after: null });
    await ctx.putRows('officeAggregates', changes);
    await db.kv.put({ key: snapshotKey(origin), value: sequence });
    return true;
  }
  if (delta === undefined) return false;
  const incoming = delta.map(stored);
  const held = await db.officeAggregates.bulkGet(incoming.map((r) => r.key));
  const changes = incoming.flatMap((after, i) => {
    const before = held[i];
    return before === undefined || before.sequence < sequence ? [{ before, after }] : [];
  });
  await ctx.putRows('officeAggregates', changes);
  return changes.length > 0;
}

/** Checks every row before anything is written, so a bad row rejects the whole bundle. */
function validate(records: BundleRecords): Map<SharedType, Record<string, unknown>[]> {
  const known = new Set<string>(Object.values(SHARED_TYPES));
  const out = new Map<SharedType, Record<string, unknown>[]>();
  for (const [type, rows] of Object.entries(records)) {
    if (!known.has(type)) throw new StoreError('invalid', { detail: `unknown record type ${type}` });
    const schema = SHARED_SCHEMAS[type as SharedType];
    const parsed = rows.map((row) => {
      const result = schema.safeParse(row);
      if (!result.success) throw new StoreError('invalid', { detail: `${type}: ${result.error.message}` });
      return result.data as Record<string, unknown>;
    });
    if (COUNTER_TYPES.has(type) && parsed.some((r) => !KINDS.has(String(r.kind))))
      throw new StoreError('invalid', { detail: 'unknown counter kind' });
    out.set(type as SharedType, parsed);
  }
  if (out.has(SHARED_TYPES.aggregates) && out.has(SHARED_TYPES.aggregateChanges))
    throw new StoreError('invalid', { detail: 'a snapshot and a delta of counters in one bundle' });
  return out;
}

/** One bundle's outcome in a batch: applied, or refused before anything was written (a bad row). */
export type BatchOutcome = { ok: true; result: ApplyResult } | { ok: false; error: StoreError };

/** The tables an apply writes (the write primitive adds the counters, the audit log and kv). */
const APPLY_TABLES = ['inbound', 'officeAggregates', 'exchangeLog'] as const;

/**
 * Applies a verified data bundle at the province in ONE transaction (all or nothing), idempotently:
 * a row is written only when its `rev` is newer than the one held, so the same bundle twice changes
 * nothing and an older re-send never overwrites newer data. The office's counters follow by bundle
 * sequence (applyCounters); the difference goes into the province's own counters in the same
 * transaction, so the dashboard and reports (which read counters) include every office at once.
 */
export async function applyDataBundle(core: StoreCore, bundle: OpenedData): Promise<ApplyResult> {
  core.authorise('exchange.run');
  const rows = validate(bundle.records);
  return core.write(APPLY_TABLES, (ctx) => applyOne(ctx, bundle, rows));
}

/**
 * Many verified bundles (a folder, a stick, a mailbox) in ONE transaction, each applied exactly as
 * applyDataBundle applies it alone, in the order given: a later bundle sees what an earlier one
 * wrote, so the figures are those of applying them one by one. Why one transaction: each commit is
 * a durable flush, and the province's own counter rows (its ancestors' months, shared by every
 * office) are read and written once for the batch instead of once per bundle. A bundle with a bad
 * row is refused before the transaction and the others still go in; if the transaction itself fails,
 * nothing of any of them is written (the caller may then apply them one by one).
 */
export async function applyDataBundles(
  core: StoreCore,
  bundles: readonly OpenedData[],
): Promise<BatchOutcome[]> {
  core.authorise('exchange.run');
  type Checked =
    | { bundle: OpenedData; rows: Map<SharedType, Record<string, unknown>[]> }
    | { error: StoreError };
  const checked = bundles.map((bundle): Checked => {
    try {
      return { bundle, rows: validate(bundle.records) };
    } catch (error) {
      if (error instanceof StoreError) return { error };
      throw error;
    }
  });
  const valid = checked.flatMap((c) => ('rows' in c ? [c] : []));
  const applied =
    valid.length === 0
      ? []
      : await core.write(APPLY_TABLES, async (ctx) => {
          const out: ApplyResult[] = [];
          for (const { bundle, rows } of valid) out.push(await applyOne(ctx, bundle, rows));
          return out;
        });
  let next = 0;
  return checked.map((c): BatchOutcome => {
    if (!('rows' in c)) return { ok: false, error: c.error };
    const result = applied[next++];
    if (result === undefined) throw new Error('a batch result is missing');
    return { ok: true, result };
  });
}

async function applyOne(
  ctx: WriteContext,
  bundle: OpenedData,
  rows: Map<SharedType, Record<string, unknown>[]>,
): Promise<ApplyResult> {
  const origin = bundle.senderUnit;
  const { db } = ctx;
  const before = await db.exchangeLog
    .where('[direction+peerUnit+sequence]')
    .equals(['received', origin, bundle.sequence])
    .toArray();
  const seen = before.some((e) => e.manifestSha256 === bundle.manifestSha256);
  const applied: Record<string, number> = {};
  let unchanged = 0;
  for (const [type, list] of rows) {
    if (COUNTER_TYPES.has(type)) continue;
    const held = await db.inbound.bulkGet(
      list.map((r) => [origin, type, String(r.id)] as [string, string, string]),
    );
    const puts: { before: InboundRow | undefined; after: InboundRow }[] = [];
    list.forEach((r, i) => {
      const rev = Number(r.rev);
      const current = held[i];
      if (current !== undefined && current.rev >= rev) {
        unchanged += 1;
        return;
      }
      puts.push({
        before: current,
        after: { origin, type, id: String(r.id), rev, removed: r.removed === true, row: r },
      });
    });
    await ctx.putRows('inbound', puts);
    applied[type] = puts.length;
  }
  const countersApplied = await applyCounters(ctx, origin, bundle.sequence, rows);
  const changed = countersApplied || Object.values(applied).some((n) => n > 0);
  if (!seen) {
    await ctx.put('exchangeLog', undefined, {
      id: uuidv7(),
      direction: 'received',
      kind: 'data',
      peerUnit: origin,
      sequence: bundle.sequence,
      manifestSha256: bundle.manifestSha256,
      at: ctx.now,
      recordCounts: Object.fromEntries([...rows].map(([t, l]) => [t, l.length])),
      state: 'imported',
      reason: undefined,
      destination: undefined,
    });
    await ctx.audit({
      action: 'import',
      kind: 'bundle',
      recordId: bundle.manifestSha256,
      detail: `${origin}#${bundle.sequence}`,
    });
  }
  return { applied, unchanged, countersApplied, alreadyImported: seen && !changed };
}

/** Per office: rows held at the province by type (live rows only), for the status board and tests. */
export async function inboundCounts(core: StoreCore): Promise<Map<string, Record<string, number>>> {
  core.authoriseAny(['exchange.run', 'dashboard.read']);
  const out = new Map<string, Record<string, number>>();
  await core.db.inbound.each((r) => {
    if (r.removed) return;
    const counts = out.get(r.origin) ?? {};
    counts[r.type] = (counts[r.type] ?? 0) + 1;
    out.set(r.origin, counts);
  });
  return out;
}
