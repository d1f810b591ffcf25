import { describe, expect, it } from 'vitest';
import type { Session } from '../../../../renderer/db';
import {
  type AuthorityPublicKeys,
  type GuardedChannel,
  verifyProof,
  withProof,
} from '../../../../shared/exchange/authority';
import { ADMIN_PASSPHRASE, dropDatabase, freshStore, rawDb } from './helpers';

const PASS = 'cán bộ thống kê 2025';

/** Which of main's proofs this session can make, checked with main's own verifier function. */
async function proves(session: Session, keys: AuthorityPublicKeys) {
  const check = async (channel: GuardedChannel, input: { recipientUnit: string }) => {
    const proven = await withProof(session.authoritySigner(), channel, input);
    return proven.proof !== undefined && (await verifyProof(keys, channel, proven, proven.proof));
  };
  return {
    admin: await check('bundles:createEnrollment', { recipientUnit: '49' }),
    exchange: await check('bundles:createReceipt', { recipientUnit: '49' }),
  };
}

describe('authority keys: wrapped for the roles that may change trust, signing only in their sessions', () => {
  it('administrators hold both, data officers the exchange key, viewers none; roles granted later follow at an administrator’s sign-in', async () => {
    const { store, name, recoveryKey } = await freshStore();
    const keys = await store.auth.authorityPublicKeys();
    if (keys === null) throw new Error('no authority keys after setup');
    const admin = store.auth.session;
    if (admin === null) throw new Error('no session');
    expect(await proves(admin, keys)).toEqual({ admin: true, exchange: true });

    await store.auth.createUser(
      { username: 'thongke', displayName: 'TK', roles: ['data_officer'], passphrase: PASS },
      ADMIN_PASSPHRASE,
    );
    const viewer = await store.auth.createUser(
      { username: 'xem', displayName: 'Xem', roles: ['viewer'], passphrase: PASS },
      ADMIN_PASSPHRASE,
    );
    expect(await proves(await store.auth.login('thongke', PASS), keys)).toEqual({
      admin: false,
      exchange: true,
    });
    expect(await proves(await store.auth.login('xem', PASS), keys)).toEqual({
      admin: false,
      exchange: false,
    });

    // The viewer becomes a data officer: the key comes with the next administrator's sign-in.
    await store.auth.login('admin', ADMIN_PASSPHRASE);
    await store.auth.updateUser(viewer.id, { roles: ['data_officer'] });
    expect(await proves(await store.auth.login('xem', PASS), keys)).toEqual({
      admin: false,
      exchange: false,
    });
    await store.auth.login('admin', ADMIN_PASSPHRASE);
    expect(await proves(await store.auth.login('xem', PASS), keys)).toEqual({ admin: false, exchange: true });

    // Removing the role removes the wrapping at once.
    await store.auth.login('admin', ADMIN_PASSPHRASE);
    await store.auth.updateUser(viewer.id, { roles: ['viewer'] });
    const db = await rawDb(name);
    expect((await db.users.get(viewer.id))?.authorityKeys).toBeUndefined();
    db.close();
    expect(await proves(await store.auth.login('xem', PASS), keys)).toEqual({
      admin: false,
      exchange: false,
    });

    // A new passphrase (own or by the recovery key) keeps the keys; a locked session signs nothing.
    await store.auth.login('thongke', PASS);
    await store.auth.changePassphrase(PASS, `${PASS} mới`);
    expect(await proves(await store.auth.login('thongke', `${PASS} mới`), keys)).toEqual({
      admin: false,
      exchange: true,
    });
    await store.auth.resetWithRecoveryKey(recoveryKey, 'admin', `${ADMIN_PASSPHRASE} mới`);
    const again = await store.auth.login('admin', `${ADMIN_PASSPHRASE} mới`);
    expect(await proves(again, keys)).toEqual({ admin: true, exchange: true });
    store.auth.lock();
    expect(await proves(again, keys)).toEqual({ admin: false, exchange: false });
    expect(await store.auth.authorityPublicKeys()).toEqual(keys);
    await dropDatabase(store, name);
  });

  it('an office set up before authority keys gets them at its first administrator’s sign-in, for every entitled user', async () => {
    const { store, name } = await freshStore();
    await store.auth.createUser(
      { username: 'thongke', displayName: 'TK', roles: ['data_officer'], passphrase: PASS },
      ADMIN_PASSPHRASE,
    );
    store.auth.logout();
    const db = await rawDb(name);
    const ring = (await db.kv.get('keyring'))?.value as Record<string, unknown>;
    const { authority: _gone, ...older } = ring;
    await db.kv.put({ key: 'keyring', value: older });
    for (const u of await db.users.toArray()) {
      const { authorityKeys: _none, ...rest } = u;
      await db.users.put(rest);
    }
    db.close();
    expect(await store.auth.authorityPublicKeys()).toBeNull();
    expect(
      await proves(await store.auth.login('thongke', PASS), {
        admin: `${'A'.repeat(43)}=`,
        exchange: `${'A'.repeat(43)}=`,
      }),
    ).toEqual({
      admin: false,
      exchange: false,
    });
    const admin = await store.auth.login('admin', ADMIN_PASSPHRASE);
    const keys = await store.auth.authorityPublicKeys();
    if (keys === null) throw new Error('authority keys not created');
    expect(await proves(admin, keys)).toEqual({ admin: true, exchange: true });
    expect(await proves(await store.auth.login('thongke', PASS), keys)).toEqual({
      admin: false,
      exchange: true,
    });
    await dropDatabase(store, name);
  });
});
