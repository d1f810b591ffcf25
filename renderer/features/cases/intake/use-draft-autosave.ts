import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../../db';
import { DraftSaver, type DraftStatus } from './draft-saver';

/**
 * Seals the form as a draft about a second after each change; flushes on leaving the page and on
 * `pagehide` (a closed window), so at most the last second of typing is at risk.
 */
export function useDraftAutosave(options: {
  content: unknown;
  kind: 'case' | 'caseEdit';
  caseId: string | null;
  draftId: string | undefined;
}) {
  const store = useStore();
  const [status, setStatus] = useState<DraftStatus>({ state: 'idle' });
  const saverRef = useRef<DraftSaver | null>(null);
  if (saverRef.current === null) {
    saverRef.current = new DraftSaver(
      store,
      { kind: options.kind, caseId: options.caseId },
      options.draftId,
      setStatus,
    );
  }
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    saverRef.current?.change(options.content);
  }, [options.content]);

  useEffect(() => {
    const saver = saverRef.current;
    const onHide = () => void saver?.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void saver?.flush();
    };
  }, []);

  return { status, saver: saverRef.current };
}
