/**
 * One audit entry: who did what to which record, never the identifying values themselves.
 * `hash` = SHA-256(prevHash + canonical JSON of the entry without `hash`), so removing or editing
 * any entry breaks the chain at that point.
 */
export const AUDIT_ACTIONS = [
  'setup',
  'login',
  'loginFailed',
  'logout',
  'lock',
  'create',
  'update',
  'delete',
  'restore',
  'view',
  'bulkCreate',
  'export',
  'import',
  'userCreate',
  'userUpdate',
  'passphraseChange',
  'passphraseReset',
  'aggregatesRebuild',
  'demoLoad',
  'settingsChange',
  'search',
  'keyGrant',
  'keyRevoke',
  'keyRotate',
  /** A survivor's data-rights request, approved by an administrator (Law 91/2025/QH15). */
  'rightsRequest',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  /** Position in the chain, 1, 2, 3…; the primary key. */
  seq: number;
  at: string;
  userId: string | null;
  username: string | null;
  action: AuditAction;
  /** Table name of the record (`cases`, `people`, …) or null for session events. */
  kind: string | null;
  recordId: string | null;
  /** Non-identifying detail such as field names changed or a count. */
  detail: string | null;
  prevHash: string;
  hash: string;
};

export const AUDIT_GENESIS = '0'.repeat(64);
