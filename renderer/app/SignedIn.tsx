import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { useActivityTouch } from '../features/auth/use-activity-touch';
import { useHostKeys } from '../features/exchange/keys/use-host-keys';
import { createRouter } from './routes';

/** The app proper, for a signed-in session: keyboard and mouse activity postpone auto-lock. */
export function SignedIn() {
  useActivityTouch();
  // Main's exchange keys: made at the first sign-in after setup, unlocked at every sign-in, locked with the session.
  useHostKeys();
  const router = useMemo(createRouter, []);
  return <RouterProvider router={router} />;
}
