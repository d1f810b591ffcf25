import { Box, CircularProgress, Typography } from '@mui/material';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoundOffice } from '../../shared/app/app-contract';
import { type IntegrityProblem, useSession, useStore } from '../db';
import { LoginScreen } from '../features/auth/LoginScreen';
import { profileHeld, rememberOffice } from '../features/backup/profile-marker';
import { host } from '../host/host';
import { lazyNamed } from './lazy-named';

// Only the sign-in screen is part of the start: the wizard, the other office's notice and the app proper
// (shell, routes, every area) are fetched when first shown.
const SetupWizard = lazyNamed(
  () => import('../features/auth/SetupWizard'),
  (m) => m.SetupWizard,
);
const OfficeElsewhere = lazyNamed(
  () => import('../features/auth/OfficeElsewhere'),
  (m) => m.OfficeElsewhere,
);
const DamagedStore = lazyNamed(
  () => import('../features/backup/DamagedStore'),
  (m) => m.DamagedStore,
);
const SignedIn = lazyNamed(
  () => import('./SignedIn'),
  (m) => m.SignedIn,
);

type Status =
  | { state: 'loading' }
  | { state: 'empty'; bound: BoundOffice | null }
  | { state: 'damaged'; problems: IntegrityProblem[] }
  | { state: 'ready' };

/**
 * Which screen the app is on: first-run setup while there is no office — unless the data folder
 * already belongs to one, which this browser profile lacks —, sign-in while nobody is signed in,
 * otherwise the app (which itself shows the unlock screen when the session locks).
 */
export function AuthGate() {
  const store = useStore();
  const session = useSession();
  const [status, setStatus] = useState<Status>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    // undefined: main could not say (the wizard checks again before it creates anything, and shows
    // main's refusal then), so a failed read here never blocks the way in.
    const folder = async () => {
      const result = await host.app.office();
      return result.ok ? result.value : undefined;
    };
    void Promise.all([store.auth.status(), folder()]).then(async ([local, bound]) => {
      if (!live) return;
      if (local === 'empty') {
        // The data folder names an office that has written audit entries, and this very profile held
        // it: its store was lost or dropped as corrupt (issue 10 item 3), not a fresh profile.
        const head = bound ? await host.audit.head() : null;
        if (!live) return;
        if (bound && head?.ok === true && head.value !== null && profileHeld(bound.officeId)) {
          setStatus({ state: 'damaged', problems: ['storeMissing'] });
          return;
        }
        setStatus({ state: 'empty', bound: bound ?? null });
        return;
      }
      if (bound) rememberOffice(bound.officeId);
      // An office set up before data folders recorded theirs: record it now, once.
      if (bound === null && store.office !== null) void host.app.bindOffice(store.office);
      // A damaged store is said so, with the newest backup offered; never opened as if whole.
      void store.backup.integrity().then((health) => {
        if (live) setStatus(health.ok ? { state: 'ready' } : { state: 'damaged', problems: health.problems });
      });
    });
    return () => {
      live = false;
    };
  }, [store]);

  return <Suspense fallback={<Loading />}>{screen()}</Suspense>;

  function finishSetup() {
    // From now on this profile holds the office: a store lost later is told from another profile.
    void (async () => {
      const r = await host.app.office();
      if (r.ok && r.value !== null) rememberOffice(r.value.officeId);
    })();
    setStatus({ state: 'ready' });
  }

  function screen() {
    if (status.state === 'loading') return <Loading />;
    if (status.state === 'damaged') return <DamagedStore problems={status.problems} />;
    if (status.state === 'empty' && status.bound !== null)
      return <OfficeElsewhere office={status.bound} onRetry={() => window.location.reload()} />;
    // Setup keeps the screen until the recovery key has been acknowledged, although it signs in earlier.
    if (status.state === 'empty') return <SetupWizard onFinished={finishSetup} />;
    if (session === null) return <LoginScreen />;
    return <SignedIn />;
  }
}

function Loading() {
  const { t } = useTranslation();
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Box sx={{ textAlign: 'center' }}>
        <CircularProgress aria-hidden />
        <Typography sx={{ mt: 2 }}>{t('auth.loading')}</Typography>
      </Box>
    </Box>
  );
}
