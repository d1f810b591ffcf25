import { useCallback, useEffect, useState } from 'react';
import { type DraftSummary, useStore } from '../../../db';
import { type IntakeForm, intakeFormSchema } from './intake-form';

/** The user's unfinished forms of one kind (and case), and how to reopen or drop them. */
export function useDraftOffers(kind: 'case' | 'caseEdit', caseId: string | null) {
  const store = useStore();
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);

  useEffect(() => {
    let live = true;
    store.drafts
      .list()
      .then((all) => {
        if (live) setDrafts(all.filter((d) => d.kind === kind && (caseId === null || d.caseId === caseId)));
      })
      .catch(() => {
        if (live) setDrafts([]);
      });
    return () => {
      live = false;
    };
  }, [store, kind, caseId]);

  const open = useCallback(
    async (id: string): Promise<IntakeForm> => {
      const content = await store.drafts.load(id);
      setDrafts((prev) => prev.filter((d) => d.id !== id));
      return intakeFormSchema.parse(content);
    },
    [store],
  );
  const discard = useCallback(
    async (id: string) => {
      await store.drafts.discard(id);
      setDrafts((prev) => prev.filter((d) => d.id !== id));
    },
    [store],
  );
  return { drafts, open, discard };
}
