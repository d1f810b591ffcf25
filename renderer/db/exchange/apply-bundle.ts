import { uuidv7 } from 'uuidv7';
import { type AggregateRow, BUCKET_KINDS, type BucketKind } from '../../../shared/aggregates/buckets';
import type { BundleRecords } from '../../../shared/bundle/payload';
import {
  SHARED_SCHEMAS,
  SHARED_TYPES,
  type SharedAggregate,
  type SharedType,
} from '../../../shared/exchange/sharing';
import type { StoreCore } from '../core';
import type { BinhAnDb } from '../database';
import { StoreError } from '../errors';
import type { InboundRow, OfficeAggregateRow } from '../tables';

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
  /** False when a counter snapshot as new or newer was already applied. */
  countersApplied: boolean;
  /** True when the same bundle had been applied before: nothing changed at all. */
  alreadyImported: boolean;
};

const KINDS: ReadonlySet<string> = new Set(Object.values(BUCKET_KINDS));
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
    if (type === SHARED_TYPES.aggregates && parsed.some((r) => !KINDS.has(String(r.kind))))
      throw new StoreError('invalid', { detail: 'unknown counter kind' });
    out.set(type as SharedType, parsed);
  }
  return out;
}

/**
 * Applies a verified data bundle at the province in ONE transaction (all or nothing), idempotently:
 * a row is written only when its `rev` is newer than the one held, so the same bundle twice changes
 * nothing and an older re-send never overwrites newer data. The office's counter snapshot replaces
 * its previous one only when it comes from a later bundle; the difference goes into the province's
 * own counters in the same transaction, so the dashboard and reports (which read counters) include
 * every office at once.
 */
export async function applyDataBundle(core: StoreCore, bundle: OpenedData): Promise<ApplyResult> {
  core.authorise('exchange.run');
  const rows = validate(bundle.records);
  const origin = bundle.senderUnit;
  const { db } = core;
  return core.write(['inbound', 'officeAggregates', 'exchangeLog'], async (ctx) => {
    const before = await db.exchangeLog
      .where('[direction+peerUnit+sequence]')
      .equals(['received', origin, bundle.sequence])
      .toArray();
    const seen = before.some((e) => e.manifestSha256 === bundle.manifestSha256);
    const applied: Record<string, number> = {};
    let unchanged = 0;
    for (const [type, list] of rows) {
      if (type === SHARED_TYPES.aggregates) continue;
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
    let countersApplied = false;
    const counters = rows.get(SHARED_TYPES.aggregates) as SharedAggregate[] | undefined;
    const mark = await db.kv.get(snapshotKey(origin));
    const lastSnapshot = typeof mark?.value === 'number' ? mark.value : 0;
    if (counters !== undefined && bundle.sequence > lastSnapshot) {
      // The new snapshot replaces the office's previous one; its contributor moves the difference
      // into the province's own counters.
      const old = new Map(
        (await db.officeAggregates.where('origin').equals(origin).toArray()).map((o) => [o.key, o]),
      );
      const next = new Map<string, OfficeAggregateRow>(
        counters.map((row) => [
          `${origin}|${row.key}`,
          { key: `${origin}|${row.key}`, origin, sequence: bundle.sequence, row },
        ]),
      );
      await ctx.putRows('officeAggregates', [
        ...[...next.values()].map((after) => ({ before: old.get(after.key), after })),
        ...[...old.values()].filter((o) => !next.has(o.key)).map((before) => ({ before, after: null })),
      ]);
      await db.kv.put({ key: snapshotKey(origin), value: bundle.sequence });
      countersApplied = true;
    }
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
  });
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
