import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { Session } from '../session';
import type { BinhAnStore } from '../store';

const StoreContext = createContext<BinhAnStore | null>(null);

/** Gives the opened store to the component tree; components use the hooks, never Dexie. */
export function StoreProvider({ store, children }: { store: BinhAnStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStore(): BinhAnStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useStore outside <StoreProvider>');
  return store;
}

/** The current session (null before sign-in); re-renders on sign-in, lock and sign-out. */
export function useSession(): Session | null {
  const store = useStore();
  return useSyncExternalStore(
    (notify) => store.auth.subscribe(notify),
    () => store.auth.session,
  );
}

/** Re-renders on lock/unlock too (the Session object stays the same when it locks). */
export function useSessionLocked(): boolean {
  const store = useStore();
  return useSyncExternalStore(
    (notify) => store.auth.subscribe(notify),
    () => store.auth.session?.locked ?? true,
  );
}
