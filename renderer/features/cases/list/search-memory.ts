import { useSyncExternalStore } from 'react';
import type { BinhAnStore } from '../../../db';

/**
 * The case list's search text, in memory only. It may be a survivor's name, so it never goes into
 * the URL (Chromium keeps URLs in History and session-restore files on disk) nor into any browser
 * storage; it survives moving between pages of the app and is forgotten when the session locks.
 */
let query = '';
const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};
const watched = new WeakSet<BinhAnStore>();

export function setSearchQuery(next: string): void {
  query = next;
  emit();
}

export function useSearchQuery(store: BinhAnStore): string {
  if (!watched.has(store)) {
    watched.add(store);
    store.auth.subscribe((session) => {
      if (session === null || session.locked) setSearchQuery('');
    });
  }
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => query,
  );
}
