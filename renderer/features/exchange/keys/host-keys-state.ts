import { useSyncExternalStore } from 'react';

/** Where main's exchange keys stand for this window: pages wait for `ready` before making bundles. */
export type HostKeysState =
  | { state: 'pending' }
  | { state: 'ready' }
  | { state: 'locked' }
  /** `error`: main's refusal or what was thrown, translated where it is shown. */
  | { state: 'failed'; error: unknown };

let current: HostKeysState = { state: 'pending' };
const listeners = new Set<() => void>();

export function setHostKeysState(next: HostKeysState): void {
  current = next;
  for (const listener of listeners) listener();
}

export function useHostKeysState(): HostKeysState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
