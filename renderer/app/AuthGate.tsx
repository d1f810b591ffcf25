import { Box, CircularProgress, Typography } from '@mui/material';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoundOffice } from '../../shared/app/app-contract';
import type { AuditHead } from '../../shared/audit/audit-contract';
import { type BinhAnStore, type IntegrityProblem, useSession, useStore } from '../db';
import { LoginScreen } from '../features/auth/LoginScreen';
import { profileHeld, rememberOffice } from '../features/backup/profile-marker';
import { host } from '../host/host';
import { useHostQuery } from '../host/use-host-query';
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
 * The screen the start leads to, from the store and main's two answers: `bound` is the office the data
 * folder belongs to (null: none; undefined: main could not say — the wizard checks again before it
 * creates anything and shows main's refusal then, so a failed read never blocks the way in).
 */
async function decide(
  store: BinhAnStore,
  bound: BoundOffice | null | undefined,
  head: AuditHead | null,
): Promise<Status> {
  if ((await store.auth.status()) === 'empty') {
    // The data folder names an office that has written audit entries, and this very profile held
    // it: its store was lost or dropped as corrupt (issue 10 item 3), not a fresh profile.
    if (bound && head !== null && profileHeld(bound.officeId))
      return { state: 'damaged', problems: ['storeMissing'] };
    return { state: 'empty', bound: bound ?? null };
  }
  // A damaged store is said so, with the newest backup offered; never opened as if whole.
  const health = await store.backup.integrity();
  return health.ok ? { state: 'ready' } : { state: 'damaged', problems: health.problems };
}

/**
 * Which screen the app is on: first-run setup while there is no office — unless the data folder
 * already belongs to one, which this browser profile lacks —, sign-in while nobody is signed in,
 * otherwise the app (which itself shows the unlock screen when the session locks).
 */
export function AuthGate() {
  const store = useStore();
  const session = useSession();
  const [status, setStatus] = useState<Status>({ state: 'loading' });
  const deciding = status.state === 'loading';
  // Main's office is read again after a write binds it (setup, the bind below, a restore); the audit
  // head only while the start is decided, since every write of the store moves it.
  const office = useHostQuery(['app'], () => host.app.office(), []);
  const head = useHostQuery([], () => host.audit.head(), [], { enabled: deciding });
  const bound = office.error === null ? office.data : undefined;
  const answered =
    (office.data !== undefined || office.error !== null) && (head.data !== undefined || head.error !== null);
  const headValue = head.data ?? null;

  // Decided once: later answers (setup binding the folder) must not move the wizard off its last step.
  useEffect(() => {
    if (!deciding || !answered) return;
    let live = true;
    void decide(store, bound, headValue).then((next) => {
      if (live) setStatus(next);
    });
    return () => {
      live = false;
    };
  }, [deciding, answered, store, bound, headValue]);

  const opened = status.state === 'ready' || status.state === 'damaged';
  const boundId = bound?.officeId;
  // An office set up before data folders recorded theirs: record it now, once (the office is read again).
  const unbound = opened && bound === null && store.office !== null;
  useEffect(() => {
    if (unbound && store.office !== null) void host.app.bindOffice(store.office);
  }, [unbound, store]);
  // From now on this profile holds the office: a store lost later is told from another profile.
  useEffect(() => {
    if (opened && boundId !== undefined) rememberOffice(boundId);
  }, [opened, boundId]);

  return <Suspense fallback={<Loading />}>{screen()}</Suspense>;

  function screen() {
    if (status.state === 'loading') return <Loading />;
    if (status.state === 'damaged') return <DamagedStore problems={status.problems} />;
    if (status.state === 'empty' && status.bound !== null)
      return <OfficeElsewhere office={status.bound} onRetry={() => window.location.reload()} />;
    // Setup keeps the screen until the recovery key has been acknowledged, although it signs in earlier.
    if (status.state === 'empty') return <SetupWizard onFinished={() => setStatus({ state: 'ready' })} />;
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
