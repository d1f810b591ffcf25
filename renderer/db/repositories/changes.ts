import type { RecordMeta } from '../../../shared/model';
import type { StoreCore } from '../core';
import { SYNCED_TABLES, type SyncedTable } from '../tables';
import { viewOf } from './cases';

export type ChangedRecord = { table: SyncedTable; record: RecordMeta & Record<string, unknown> };
export type ChangesPage = { changes: ChangedRecord[]; afterSeq: number; toSeq: number; more: boolean };

/**
 * Incremental export's read side: records with changeSeq > `afterSeq` in changeSeq order,
 * tombstones included, read through each table's changeSeq index so the cost follows the changes,
 * not the database. Pages end on a changeSeq boundary (call again with `toSeq` while `more`).
 * Cases come WITHOUT their vault and blind-index tokens: identifying data never leaves through here;
 * the exchange code applies the information-sharing rule (consent, de-identification) on top.
 */
export class ChangesRepository {
  constructor(private readonly core: StoreCore) {}

  async since(afterSeq: number, limit = 5000): Promise<ChangesPage> {
    this.core.authorise('exchange.run');
    const { db } = this.core;
    const tables = SYNCED_TABLES.map((name) => db.table<RecordMeta & Record<string, unknown>, string>(name));
    const found = await db.transaction('r', tables, async () => {
      const all: ChangedRecord[] = [];
      for (const name of SYNCED_TABLES) {
        if (name === 'cases') {
          const rows = await db.cases
            .where('changeSeq')
            .above(afterSeq)
            .limit(limit + 1)
            .toArray();
          for (const row of rows) all.push({ table: name, record: { ...viewOf(row) } });
        } else {
          const rows = await db
            .table<RecordMeta & Record<string, unknown>, string>(name)
            .where('changeSeq')
            .above(afterSeq)
            .limit(limit + 1)
            .toArray();
          for (const record of rows) all.push({ table: name, record });
        }
      }
      return all;
    });
    found.sort((a, b) => a.record.changeSeq - b.record.changeSeq);
    const changes = found.slice(0, limit);
    const toSeq = changes.at(-1)?.record.changeSeq ?? afterSeq;
    return { changes, afterSeq, toSeq, more: found.length > limit };
  }
}
