import type { AggregateRow } from '../../../shared/aggregates/buckets';
import {
  type CounterSharing,
  counterRowsNeededWith,
  type LocalChanges,
  SHARED_TABLES,
} from '../../../shared/exchange/sharing';
import type { RecordMeta } from '../../../shared/model';
import type { StoreCore } from '../core';
import type { StoredAggregate } from '../tables';
import { COUNTER_MARKS } from './counter-marks';

export type ExportProgress = { read: number; total: number };

export type ChangesRead = {
  changes: LocalChanges;
  /**
   * The office's counters as they stand: all of them (`counters.scope` full), or those changed after
   * afterSeq with the rows the sharing rule needs beside them (`changes`).
   */
  aggregates: AggregateRow[];
  /** What the sharing rule needs to know about this office to share its counters, and which scope. */
  counters: Required<CounterSharing>;
  /** The bundle covers (afterSeq, toSeq]. */
  afterSeq: number;
  toSeq: number;
  total: number;
};

type Row = RecordMeta & Record<string, unknown>;

/** Tables whose changes call for a new bundle: the shared ones, and cases, which change the counters. */
const CHANGING_TABLES = ['cases', ...SHARED_TABLES] as const;

/**
 * How many records changed in (afterSeq, toSeq]: what the next bundle would bring up to date (a
 * changed case travels as the counters it changes).
 */
export async function countChanges(
  core: StoreCore,
  afterSeq: number,
  toSeq = Number.MAX_SAFE_INTEGER,
): Promise<number> {
  core.authorise('exchange.run');
  const { db } = core;
  const counts = await db.transaction(
    'r',
    CHANGING_TABLES.map((t) => db.table(t)),
    () =>
      Promise.all(
        CHANGING_TABLES.map((t) =>
          db.table<Row, string>(t).where('changeSeq').between(afterSeq, toSeq, false, true).count(),
        ),
      ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Export's read side: for each shared table, the records with afterSeq < changeSeq ≤ toSeq through the
 * changeSeq index, in batches of `batch` (each its own short read transaction, so a large export never
 * holds one transaction open and the UI can show progress), and the office's counters. Cases are not
 * read at all: they leave as counters, so the export never even holds a vault.
 */
export async function readChangesSince(
  core: StoreCore,
  afterSeq: number,
  toSeq: number,
  options: { batch?: number; onProgress?: (p: ExportProgress) => void } = {},
): Promise<ChangesRead> {
  core.authorise('exchange.run');
  const { db } = core;
  const batch = options.batch ?? 5000;
  const totals = await db.transaction(
    'r',
    SHARED_TABLES.map((t) => db.table(t)),
    () =>
      Promise.all(
        SHARED_TABLES.map((t) =>
          db.table<Row, string>(t).where('changeSeq').between(afterSeq, toSeq, false, true).count(),
        ),
      ),
  );
  const total = totals.reduce((a, b) => a + b, 0);
  let read = 0;
  options.onProgress?.({ read, total });
  const changes: Record<string, Row[]> = {};
  for (const name of SHARED_TABLES) {
    const rows: Row[] = [];
    let from = afterSeq;
    for (;;) {
      const page = await db
        .table<Row, string>(name)
        .where('changeSeq')
        .between(from, toSeq, false, true)
        .limit(batch)
        .toArray();
      rows.push(...page);
      read += page.length;
      options.onProgress?.({ read, total });
      const last = page.at(-1);
      if (page.length < batch || last === undefined) break;
      from = last.changeSeq;
    }
    if (rows.length > 0) changes[name] = rows;
  }
  const counters = await counterScope(core, afterSeq);
  const aggregates = await readCounters(core, afterSeq, counters);
  return { changes: changes as LocalChanges, aggregates, counters, afterSeq, toSeq, total };
}

const sameSharing = (a: unknown, b: CounterSharing): boolean => {
  if (typeof a !== 'object' || a === null) return false;
  const { threshold, officeChain } = a as Partial<CounterSharing>;
  return (
    threshold === b.threshold &&
    Array.isArray(officeChain) &&
    officeChain.length === b.officeChain.length &&
    officeChain.every((unit, i) => unit === b.officeChain[i])
  );
};

/**
 * Full snapshot or delta: full for the first bundle, for every bundle that starts before the
 * `fullSince` mark (a rebuild, a migration, the province's request), and when the sharing rule's
 * inputs differ from those of the last bundle read (then the mark moves here, so a bundle that is
 * never made leaves it in force). Otherwise the changed rows only.
 */
async function counterScope(core: StoreCore, afterSeq: number): Promise<Required<CounterSharing>> {
  const { db } = core;
  const sharing = {
    officeChain: core.units.chain(core.originUnit()),
    threshold: core.settings.smallCellThreshold,
  };
  const [since, last] = await db.kv.bulkGet([COUNTER_MARKS.fullSince, COUNTER_MARKS.sharing]);
  let full = afterSeq === 0 || (typeof since?.value === 'number' && afterSeq < since.value);
  if (!sameSharing(last?.value, sharing)) {
    await core.write([], async (ctx) => {
      if (!full) await ctx.markFullSnapshot();
      await db.kv.put({ key: COUNTER_MARKS.sharing, value: sharing });
    });
    full = true;
  }
  return { ...sharing, scope: full ? 'full' : 'changes' };
}

const strip = ({ key, kind, unit, period, counts }: StoredAggregate): AggregateRow => ({
  key,
  kind,
  unit,
  period,
  counts,
});

/** The counter rows a bundle carries, read in one transaction (one consistent state of the counters). */
async function readCounters(
  core: StoreCore,
  afterSeq: number,
  sharing: Required<CounterSharing>,
): Promise<AggregateRow[]> {
  const { db } = core;
  return db.transaction('r', db.aggregates, async () => {
    if (sharing.scope === 'full')
      return (await db.aggregates.toArray()).filter((r) => Object.keys(r.counts).length > 0).map(strip);
    const changed = await db.aggregates.where('changeSeq').above(afterSeq).toArray();
    const have = new Set(changed.map((r) => r.key));
    const needed = counterRowsNeededWith(changed, sharing).filter((key) => !have.has(key));
    const beside = (await db.aggregates.bulkGet(needed)).flatMap((r) => (r === undefined ? [] : [r]));
    return [...changed, ...beside].map(strip);
  });
}
