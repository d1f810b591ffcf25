/**
 * The public face of the store. Import from here; `database.ts` and `core.ts` are internal.
 */
export { type FieldIssue, isStoreError, STORE_ERROR_CODES, StoreError, type StoreErrorCode } from './errors';
export { useFreshLiveQuery } from './hooks/fresh-live-query';
export * from './hooks/queries';
export { StoreProvider, useSession, useSessionLocked, useStore } from './hooks/StoreProvider';
export type { ConsistencyReport, PlanInputs } from './repositories/aggregates';
export type { AuditQuery, AuditVerification } from './repositories/audit';
export type { BulkOptions, CaseListQuery, CasePatch, CaseView, DuplicateMatch } from './repositories/cases';
export type { DemoProgress } from './repositories/demo';
export type { DraftSummary } from './repositories/drafts';
export { Session } from './session';
export { BinhAnStore, DEFAULT_DB_NAME, openStore, type StorePersistence } from './store';
