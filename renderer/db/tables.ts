import type { AggregateRow } from '../../shared/aggregates/buckets';
import type { SharedAggregate } from '../../shared/exchange/sharing';
import type {
  AttendanceRecord,
  AuditEntry,
  CaseRecord,
  DraftRecord,
  ExchangeLogRecord,
  OutreachRecord,
  PersonRecord,
  PlanRecord,
  RightsRequestRecord,
  SchoolActivityRecord,
  SchoolRecord,
  TargetPopulationRecord,
  TrainingEventRecord,
  UnitRecord,
  UserRecord,
} from '../../shared/model';

/** Live-attendance (or activity) counts per year of one person (or school): feeds distinct counters. */
export type YearCounts = { ownerId: string; years: Record<string, number> };
/** Local key–value rows: counters, office profile, settings, keyring, login throttle. Never exported. */
export type KvRow = { key: string; value: unknown };

/** Record tables that carry RecordMeta and travel in exports (by changeSeq). */
export const SYNCED_TABLES = [
  'units',
  'cases',
  'people',
  'trainingEvents',
  'attendances',
  'schools',
  'schoolActivities',
  'outreach',
  'populations',
  'plans',
  'exchangeLog',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export type RecordOf = {
  units: UnitRecord;
  cases: CaseRecord;
  people: PersonRecord;
  trainingEvents: TrainingEventRecord;
  attendances: AttendanceRecord;
  schools: SchoolRecord;
  schoolActivities: SchoolActivityRecord;
  outreach: OutreachRecord;
  populations: TargetPopulationRecord;
  plans: PlanRecord;
  exchangeLog: ExchangeLogRecord;
};

/** One row an office sent, as the province keeps it: newest revision wins (province, schema v3). */
export type InboundRow = {
  origin: string;
  type: string;
  id: string;
  rev: number;
  removed: boolean;
  row: Record<string, unknown>;
};
/**
 * A maintained counter row as stored: stamped with the changeSeq of the write that last changed it
 * (schema v8, indexed), so an export sends only the rows changed since the last bundle. A row whose
 * counts all reached zero stays as a tombstone (`counts: {}`, which sums to nothing) so that the
 * export can tell the province it is gone.
 */
export type StoredAggregate = AggregateRow & { changeSeq: number };
/**
 * One office's counter row at the province (schema v3), with the sequence of the bundle that last
 * wrote it (a full snapshot or a delta); `counts: {}` is the tombstone of a row the office no longer has.
 */
export type OfficeAggregateRow = { key: string; origin: string; sequence: number; row: SharedAggregate };

/** Tables whose rows the write primitive writes: synced records (with metadata) and the province's rows. */
export type StoredOf = RecordOf & { inbound: InboundRow; officeAggregates: OfficeAggregateRow };
export type StoredTable = keyof StoredOf;
/** Every table of the database, by name (transaction scopes are declared by name). */
export type TableName =
  | StoredTable
  | 'kv'
  | 'users'
  | 'personYears'
  | 'schoolYears'
  | 'aggregates'
  | 'counterSpans'
  | 'audit'
  | 'drafts'
  | 'rightsRequests';

export type { AggregateRow, AuditEntry, DraftRecord, RightsRequestRecord, UserRecord };
