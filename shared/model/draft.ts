import type { Sealed } from './case';

/**
 * An autosaved, unfinished form. Its content may hold survivor identity, so all of it is sealed in
 * the vault; only who, what kind and when stay readable, to offer "continue where you left off".
 * Drafts are local to this installation: no changeSeq, never exported.
 */
export type DraftRecord = {
  id: string;
  userId: string;
  kind: 'case' | 'caseEdit';
  /** The case being edited, for kind caseEdit. */
  caseId: string | null;
  createdAt: string;
  updatedAt: string;
  vault: Sealed;
};
