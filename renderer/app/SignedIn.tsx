import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { useSession } from '../db';
import { useActivityTouch } from '../features/auth/use-activity-touch';
import { useHostKeys } from '../features/exchange/keys/use-host-keys';
import { useMailboxSchedule } from '../features/exchange/mail/mailbox-schedule';
import { landAtHome } from './landing';
import { createRouter } from './routes';

/** The app proper, for a signed-in session: keyboard and mouse activity postpone auto-lock. */
export function SignedIn() {
  useActivityTouch();
  // Main's exchange keys: made at the first sign-in after setup, unlocked at every sign-in, locked with the session.
  useHostKeys();
  // The mailbox, when one is set: checked at sign-in and every 15 minutes, in the background.
  useMailboxSchedule();
  const session = useSession();
  // Mounted once per sign-in (setup, sign-in, another user after a sign-out): a new user starts at their home.
  // Only at mount: a later change of the user's own roles does not move them.
  const [router] = useState(() => {
    if (session !== null) landAtHome(session.user);
    return createRouter();
  });
  return <RouterProvider router={router} />;
}
