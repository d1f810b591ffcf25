import type { AggregateRow } from '../../../shared/aggregates/buckets';
import { type CounterSharing, type LocalChanges, SHARED_TABLES } from '../../../shared/exchange/sharing';
import type { RecordMeta } from '../../../shared/model';
import type { StoreCore } from '../core';

export type ExportProgress = { read: number; total: number };

export type ChangesRead = {
  changes: LocalChanges;
  /** The office's counters as they stand (a few rows per unit and period, whatever the number of records). */
  aggregates: AggregateRow[];
  /** What the sharing rule needs to know about this office to share its counters. */
  counters: CounterSharing;
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
  const aggregates = await db.aggregates.toArray();
  const counters = {
    officeChain: core.units.chain(core.originUnit()),
    threshold: core.settings.smallCellThreshold,
  };
  return { changes: changes as LocalChanges, aggregates, counters, afterSeq, toSeq, total };
}
