import { Dexie, type Table } from 'dexie';
import { LATEST_VERSION, SCHEMA_STEPS } from './migrations';
import type {
  AggregateRow,
  AuditEntry,
  DraftRecord,
  InboundRow,
  KvRow,
  OfficeAggregateRow,
  RecordOf,
  RightsRequestRecord,
  StoredAggregate,
  UserRecord,
  YearCounts,
} from './tables';

/**
 * The Bình An database: one IndexedDB database in the renderer. Internal to renderer/db/: features
 * reach it only through `BinhAnStore` (renderer/db/index.ts, enforced by a Biome rule).
 *
 * Tables are typed `Table<Record, Key>` (insert type = the full record): repositories always
 * supply ids themselves, time-ordered UUIDv7s, so nothing relies on auto-increment. Every table of
 * every schema step is declared here, so no code names a table by string.
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
  aggregates!: Table<StoredAggregate, string>;
  counterSpans!: Table<AggregateRow, string>;
  audit!: Table<AuditEntry, number>;
  drafts!: Table<DraftRecord, string>;
  inbound!: Table<InboundRow, [string, string, string]>;
  officeAggregates!: Table<OfficeAggregateRow, string>;
  rightsRequests!: Table<RightsRequestRecord, string>;

  /** `version` opens an older schema (migration tests write at n−1 and reopen at n). */
  constructor(name: string, options: { version?: number } = {}) {
    super(name, { chromeTransactionDurability: 'strict' });
    const target = options.version ?? LATEST_VERSION;
    for (const step of SCHEMA_STEPS) {
      if (step.version > target) break;
      const declared = this.version(step.version).stores(step.stores);
      if (step.upgrade !== undefined) declared.upgrade(step.upgrade);
    }
  }
}
