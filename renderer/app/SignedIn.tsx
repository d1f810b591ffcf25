import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { useActivityTouch } from '../features/auth/use-activity-touch';
import { createRouter } from './routes';

/** The app proper, for a signed-in session: keyboard and mouse activity postpone auto-lock. */
export function SignedIn() {
  useActivityTouch();
  const router = useMemo(createRouter, []);
  return <RouterProvider router={router} />;
}
