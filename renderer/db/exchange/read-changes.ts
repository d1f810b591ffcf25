import type { AggregateRow } from '../../../shared/aggregates/buckets';
import { type LocalChanges, SHARED_TABLES } from '../../../shared/exchange/sharing';
import type { RecordMeta } from '../../../shared/model';
import type { StoreCore } from '../core';

export type ExportProgress = { read: number; total: number };

export type ChangesRead = {
  changes: LocalChanges;
  /** The office's counters as they stand (a few rows per unit and period, whatever the number of records). */
  aggregates: AggregateRow[];
  /** The bundle covers (afterSeq, toSeq]. */
  afterSeq: number;
  toSeq: number;
  total: number;
};

type Row = RecordMeta & Record<string, unknown>;

/** How many shared records changed in (afterSeq, toSeq]: what the next bundle would carry. */
export async function countChanges(
  core: StoreCore,
  afterSeq: number,
  toSeq = Number.MAX_SAFE_INTEGER,
): Promise<number> {
  core.authorise('exchange.run');
  const { db } = core;
  const counts = await db.transaction(
    'r',
    SHARED_TABLES.map((t) => db.table(t)),
    () =>
      Promise.all(
        SHARED_TABLES.map((t) =>
          db.table<Row, string>(t).where('changeSeq').between(afterSeq, toSeq, false, true).count(),
        ),
      ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Export's read side: for each shared table, the records with afterSeq < changeSeq ≤ toSeq through the
 * changeSeq index, in batches of `batch` (each its own short read transaction, so a 100,000-case export
 * never holds one transaction open and the UI can show progress). Cost follows the changes, not the
 * database. The vault and blind indexes are dropped as soon as a case is read: identifying data is
 * never even held by the export.
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
      for (const row of page) {
        if (name === 'cases') {
          const { vault: _vault, dupNamePhone: _a, dupNameYearCommune: _b, ...rest } = row;
          rows.push(rest as Row);
        } else rows.push(row);
      }
      read += page.length;
      options.onProgress?.({ read, total });
      const last = page.at(-1);
      if (page.length < batch || last === undefined) break;
      from = last.changeSeq;
    }
    if (rows.length > 0) changes[name] = rows;
  }
  const aggregates = await db.aggregates.toArray();
  return { changes: changes as LocalChanges, aggregates, afterSeq, toSeq, total };
}
