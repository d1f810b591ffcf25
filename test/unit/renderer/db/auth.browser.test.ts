import { describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../../renderer/db';
import { ADMIN_PASSPHRASE, dropDatabase, freshStore, sampleCase } from './helpers';

describe('sign-in', () => {
  it('slows down wrong passphrases, remembers it across a reload, and never wipes data', async () => {
    const { store, name } = await freshStore();
    await store.cases.create(sampleCase());
    store.auth.logout();
    // Each refusal says what wait it earned (the form shows it at once): none for the first two, 1 s after the third.
    for (const earned of [0, 0, 1000]) {
      await expect(store.auth.login('admin', 'sai mật khẩu rồi')).rejects.toMatchObject({
        code: 'badCredentials',
        retryAfterMs: earned,
      });
    }
    const waiting = await store.auth.retryAfter('ADMIN');
    expect(waiting).toBeGreaterThan(0);
    expect(waiting).toBeLessThanOrEqual(1000);
    expect(await store.auth.retryAfter('someone-else')).toBe(0);
    // The fourth attempt comes too soon: refused before the passphrase is even tried.
    await expect(store.auth.login('admin', ADMIN_PASSPHRASE)).rejects.toMatchObject({ code: 'throttled' });
    store.close();

    const reopened = await openStore({ name });
    const error = await reopened.auth.login('admin', ADMIN_PASSPHRASE).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'throttled' });
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeLessThanOrEqual(1000);
    // The wait passes on a fake clock (only Date is faked: IndexedDB and timers run as they do).
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + (error as { retryAfterMs: number }).retryAfterMs + 1);
      await reopened.auth.login('admin', ADMIN_PASSPHRASE);
    } finally {
      vi.useRealTimers();
    }
    expect(await reopened.cases.list()).toHaveLength(1);
    const failures = await reopened.audit.list({ action: 'loginFailed' });
    expect(failures).toHaveLength(3);
    await dropDatabase(reopened, name);
  });

  it('an unknown user fails like a wrong passphrase', async () => {
    const { store, name } = await freshStore();
    await expect(store.auth.login('khongco', ADMIN_PASSPHRASE)).rejects.toMatchObject({
      code: 'badCredentials',
    });
    await dropDatabase(store, name);
  });

  it('changes a passphrase: the old one stops working, the data stays readable', async () => {
    const { store, name } = await freshStore();
    const created = await store.cases.create(sampleCase());
    await expect(
      store.auth.changePassphrase('không phải mật khẩu', 'mật khẩu mới dài hơn'),
    ).rejects.toMatchObject({ code: 'badCredentials' });
    await expect(store.auth.changePassphrase(ADMIN_PASSPHRASE, 'ngắn')).rejects.toMatchObject({
      code: 'invalid',
    });
    await store.auth.changePassphrase(ADMIN_PASSPHRASE, 'mật khẩu mới dài hơn');
    store.auth.logout();
    await expect(store.auth.login('admin', ADMIN_PASSPHRASE)).rejects.toMatchObject({
      code: 'badCredentials',
    });
    await store.auth.login('admin', 'mật khẩu mới dài hơn');
    expect((await store.cases.reveal(created.id)).fullName).toBe('Nguyễn Thị Hoà');
    await dropDatabase(store, name);
  });

  it('resets a forgotten passphrase with the recovery key, and refuses a wrong one', async () => {
    const { store, name, recoveryKey } = await freshStore();
    const created = await store.cases.create(sampleCase());
    store.auth.logout();
    const wrong = `${recoveryKey.slice(0, 10)}${recoveryKey[10] === 'A' ? 'B' : 'A'}${recoveryKey.slice(11)}`;
    await expect(store.auth.resetWithRecoveryKey(wrong, 'admin', 'mật khẩu khôi phục')).rejects.toMatchObject(
      { code: 'badRecoveryKey' },
    );
    await store.auth.resetWithRecoveryKey(recoveryKey.toLowerCase(), 'admin', 'mật khẩu khôi phục');
    await store.auth.login('admin', 'mật khẩu khôi phục');
    expect((await store.cases.reveal(created.id)).fullName).toBe('Nguyễn Thị Hoà');
    await dropDatabase(store, name);
  });

  it('refuses a second setup and a user name that is taken', async () => {
    const { store, name } = await freshStore();
    await expect(
      store.auth.setup({
        office: { unitCode: '503', name: 'X', role: 'district', provinceCode: '49' },
        admin: { username: 'khac', displayName: 'Khác', passphrase: ADMIN_PASSPHRASE },
      }),
    ).rejects.toMatchObject({ code: 'alreadySetUp' });
    await expect(
      store.auth.createUser(
        { username: 'ADMIN', displayName: 'Trùng', roles: ['viewer'], passphrase: ADMIN_PASSPHRASE },
        ADMIN_PASSPHRASE,
      ),
    ).rejects.toMatchObject({
      code: 'invalid',
      issues: [{ path: 'username', message: 'store.validation.usernameTaken' }],
    });
    await dropDatabase(store, name);
  });

  it('keeps at least one active administrator', async () => {
    const { store, name } = await freshStore();
    const me = store.auth.session?.user.id ?? '';
    await expect(store.auth.updateUser(me, { roles: ['case_worker'] })).rejects.toMatchObject({
      code: 'invalid',
    });
    await expect(store.auth.updateUser(me, { active: false })).rejects.toMatchObject({ code: 'invalid' });
    await dropDatabase(store, name);
  });
});
