import { useLiveQuery } from 'dexie-react-hooks';
import { useSession, useStore } from '../db';

/**
 * Whether the office holds demo data. The store has no direct question for this, so it is derived:
 * the demo loader marks every record `demo: true`, target populations included, and those are the one
 * table every role may read (dashboard.read) and small enough to scan. Live: appears as soon as loaded.
 */
export function useDemoPresent(): boolean {
  const store = useStore();
  const session = useSession();
  const locked = session?.locked ?? true;
  return (
    useLiveQuery(async () => {
      if (session === null || locked) return false;
      try {
        return (await store.populations.list()).some((p) => p.demo === true);
      } catch {
        return false;
      }
    }, [store, session, locked]) ?? false
  );
}
