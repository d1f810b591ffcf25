import type { AggregateRow } from '../../shared/aggregates/buckets';
import type {
  AttendanceRecord,
  AuditEntry,
  CaseRecord,
  DraftRecord,
  ExchangeLogRecord,
  OutreachRecord,
  PersonRecord,
  PlanRecord,
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

export type { AggregateRow, AuditEntry, DraftRecord, UserRecord };
