import { Dexie, type Table } from 'dexie';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';
import type {
  AggregateRow,
  AuditEntry,
  DraftRecord,
  KvRow,
  RecordOf,
  UserRecord,
  YearCounts,
} from './tables';

/**
 * Tables are typed `Table<Record, Key>` (insert type = the full record): repositories always
 * supply ids themselves, time-ordered UUIDv7s, so nothing relies on auto-increment.
 *
 * The Bình An database: one IndexedDB database in the renderer. Only renderer/db/ imports this
 * class; components read through hooks and write through repositories.
 *
 * `chromeTransactionDurability: 'strict'` makes Chromium flush to disk before a write transaction
 * reports success, so a power cut after "saved" cannot lose the case (measured: no slower here).
 */
export class BinhAnDb extends Dexie {
  kv!: Table<KvRow, string>;
  users!: Table<UserRecord, string>;
  units!: Table<RecordOf['units'], string>;
  cases!: Table<RecordOf['cases'], string>;
  people!: Table<RecordOf['people'], string>;
  trainingEvents!: Table<RecordOf['trainingEvents'], string>;
  attendances!: Table<RecordOf['attendances'], string>;
  personYears!: Table<YearCounts, string>;
  schools!: Table<RecordOf['schools'], string>;
  schoolActivities!: Table<RecordOf['schoolActivities'], string>;
  schoolYears!: Table<YearCounts, string>;
  outreach!: Table<RecordOf['outreach'], string>;
  populations!: Table<RecordOf['populations'], string>;
  plans!: Table<RecordOf['plans'], string>;
  exchangeLog!: Table<RecordOf['exchangeLog'], string>;
  aggregates!: Table<AggregateRow, string>;
  audit!: Table<AuditEntry, number>;
  drafts!: Table<DraftRecord, string>;

  /** `version` opens an older schema (tests write at n−1 and reopen at the latest). */
  constructor(name: string, options: { version?: number } = {}) {
    super(name, { chromeTransactionDurability: 'strict' });
    const target = options.version ?? LATEST_VERSION;
    for (const step of SCHEMA_VERSIONS) {
      if (step.version > target) break;
      const declared = this.version(step.version).stores(step.stores);
      if (step.upgrade !== undefined) declared.upgrade(step.upgrade);
    }
  }
}
