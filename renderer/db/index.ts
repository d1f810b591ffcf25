/**
 * The store's one door. Everything outside renderer/db/ imports from here (a Biome rule says so);
 * `database.ts`, `core.ts`, the repositories' internals and the migrations are internal.
 */
export type { AuditHeadPort } from './audit-head';
export { type FieldIssue, isStoreError, STORE_ERROR_CODES, StoreError, type StoreErrorCode } from './errors';
export { useFreshLiveQuery } from './hooks/fresh-live-query';
export * from './hooks/queries';
export { StoreProvider, useSession, useSessionLocked, useStore } from './hooks/StoreProvider';
/** The store's schema version: an update whose release has another one makes a backup first (features/updates). */
export { LATEST_VERSION as SCHEMA_VERSION } from './migrations';
export type { BucketRef, ConsistencyReport, PlanInputs } from './repositories/aggregates';
export type { AuditQuery, AuditVerification } from './repositories/audit';
export type { IdentityUnlock } from './repositories/auth';
export { type BackupProgress, backupPartFromBase64, RestoreRefused } from './repositories/backup';
export type { BulkOptions, CaseListQuery, CasePatch, CaseView, DuplicateMatch } from './repositories/cases';
export type { DemoProgress } from './repositories/demo';
export type { DraftSummary } from './repositories/drafts';
export type {
  ApplyResult,
  BatchOutcome,
  ChangesRead,
  ExportProgress,
  OpenedData,
} from './repositories/exchange';
export type { IdentityStatus, RotationProgress, RotationReport } from './repositories/identity';
export type { IntegrityProblem, IntegrityReport } from './repositories/integrity';
export type { UnitWrite } from './repositories/records';
export type { AccessCopy, RightsApprover, RightsRequestDetails } from './repositories/rights';
export { Session } from './session';
export { BinhAnStore, DEFAULT_DB_NAME, openStore, type StorePersistence } from './store';
export { SYNCED_TABLES } from './tables';
