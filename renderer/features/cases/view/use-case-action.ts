import { useState } from 'react';
import { type CaseView, isStoreError, useStore } from '../../../db';
import { caseIndexFor } from '../list/case-index';
import { followCaseWrite } from '../list/name-index';

/**
 * Runs one change to a case through the store, keeps the list's indexes (rows and names) current with the result,
 * and turns a StoreError into an i18n key (with field issues) for the dialog that asked.
 */
export function useCaseAction() {
  const store = useStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ key: string; issues: { path: string; message: string }[] } | null>(
    null,
  );

  const run = async (change: () => Promise<CaseView>): Promise<CaseView | null> => {
    setBusy(true);
    setError(null);
    try {
      const view = await change();
      caseIndexFor(store)?.upsert(view);
      followCaseWrite(store, view);
      return view;
    } catch (e) {
      if (!isStoreError(e)) throw e;
      setError({ key: e.messageKey, issues: [...e.issues] });
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, clearError: () => setError(null) };
}
