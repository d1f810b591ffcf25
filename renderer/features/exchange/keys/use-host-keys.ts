import { useEffect } from 'react';
import { type Session, useStore } from '../../../db';
import { setHostAuthority } from '../../../host/authority';
import { host } from '../../../host/host';
import { setHostKeysState } from './host-keys-state';
import { hostWrappingKey } from './host-secrets';

/**
 * Keeps main's exchange keys in step with the session, mounted once by the signed-in shell: the first
 * time an office signs in (right after setup) main makes its signing key and age identity; every
 * later sign-in unlocks them; lock and sign-out lock them again. Nothing else in the auth flow changes.
 */
export function useHostKeys(): void {
  const store = useStore();
  useEffect(() => {
    let run = Promise.resolve();
    const sync = async (session: Session | null) => {
      if (session === null || session.locked) {
        setHostKeysState({ state: 'locked' });
        setHostAuthority({ signer: null, publicKeys: null });
        await host.keys.lock();
        return;
      }
      const office = store.office;
      if (office === null) return;
      setHostKeysState({ state: 'pending' });
      // Trust changes are signed by this session's authority keys; main adopts the public halves once.
      setHostAuthority({
        signer: session.authoritySigner(),
        publicKeys: await store.auth.authorityPublicKeys(),
      });
      const wrappingKey = await hostWrappingKey(session);
      const status = await host.keys.status();
      if (!status.ok) return setHostKeysState({ state: 'failed', error: status.error });
      const result =
        status.value.state === 'none'
          ? await host.keys.create({ unit: office.unitCode, wrappingKey })
          : await host.keys.unlock({ wrappingKey });
      setHostKeysState(result.ok ? { state: 'ready' } : { state: 'failed', error: result.error });
    };
    // One at a time, in order: a quick lock after sign-in must not be overtaken by the unlock.
    const queue = (session: Session | null) => {
      run = run
        .then(() => sync(session))
        .catch((e: unknown) => setHostKeysState({ state: 'failed', error: e }));
    };
    queue(store.auth.session);
    const unsubscribe = store.auth.subscribe(queue);
    return () => {
      unsubscribe();
      queue(null);
    };
  }, [store]);
}
