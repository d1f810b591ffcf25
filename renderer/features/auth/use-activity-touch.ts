import { useEffect } from 'react';
import { useStore } from '../../db';

const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;
/** Pointer moves come by the hundred; resetting the idle timer once a second is plenty. */
const MIN_INTERVAL_MS = 1000;

/** Keyboard and mouse activity anywhere in the window postpones auto-lock (store.auth.touch()). */
export function useActivityTouch(): void {
  const store = useStore();
  useEffect(() => {
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last < MIN_INTERVAL_MS) return;
      last = now;
      store.auth.touch();
    };
    for (const name of EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      for (const name of EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [store]);
}
