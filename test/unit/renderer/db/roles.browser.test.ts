import { describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../../renderer/db';
import { ADMIN_PASSPHRASE, dropDatabase, freshStore, sampleCase } from './helpers';

const OFFICER_PASSPHRASE = 'cán bộ thống kê 2025';

describe('roles are enforced in the repositories', () => {
  it("a data officer's call for identifying data fails with 'forbidden', and what they may read has none", async () => {
    const { store, name } = await freshStore();
    const created = await store.cases.create(sampleCase());
    await store.auth.createUser(
      {
        username: 'thongke',
        displayName: 'Cán bộ thống kê',
        roles: ['data_officer'],
        passphrase: OFFICER_PASSPHRASE,
      },
      ADMIN_PASSPHRASE,
    );
    await store.auth.createUser(
      { username: 'xem', displayName: 'Người xem', roles: ['viewer'], passphrase: OFFICER_PASSPHRASE },
      ADMIN_PASSPHRASE,
    );

    await store.auth.login('thongke', OFFICER_PASSPHRASE);
    await expect(store.cases.reveal(created.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      store.cases.findDuplicates({ fullName: 'Nguyễn Thị Hoà', incidentUnit: '502' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(store.cases.create(sampleCase())).rejects.toMatchObject({ code: 'forbidden' });
    await expect(store.drafts.list()).rejects.toMatchObject({ code: 'forbidden' });
    await expect(store.auth.listUsers()).rejects.toMatchObject({ code: 'forbidden' });
    const seen = await store.cases.get(created.id);
    expect(seen?.gbvType).toBe('physical_assault');
    expect(JSON.stringify(seen)).not.toMatch(/Hoà|vault|dupName/);
    expect((await store.cases.list()).flatMap((c) => Object.keys(c))).not.toContain('vault');
    expect(
      await store.programme.people.create({
        fullName: 'Võ Văn Tài',
        sex: 'male',
        unitCode: '502',
        category: 'official',
      }),
    ).toHaveProperty('id');

    await store.auth.login('xem', OFFICER_PASSPHRASE);
    await expect(store.cases.list()).rejects.toMatchObject({ code: 'forbidden' });
    expect((await store.aggregates.totals('case', '502')).total).toBe(1);

    await dropDatabase(store, name);
  });

  it('an administrator without the case-worker role cannot read identities, but can restore a deleted case', async () => {
    const { store, name } = await freshStore();
    const created = await store.cases.create(sampleCase());
    await store.cases.remove(created.id);
    await store.auth.createUser(
      {
        username: 'admin2',
        displayName: 'Quản trị 2',
        roles: ['administrator'],
        passphrase: OFFICER_PASSPHRASE,
      },
      ADMIN_PASSPHRASE,
    );
    await store.auth.login('admin2', OFFICER_PASSPHRASE);
    await expect(store.cases.reveal(created.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await store.cases.restore(created.id)).deletedAt).toBeNull();
    await dropDatabase(store, name);
  });

  it('locking drops the key: identifying reads fail until the user signs in again', async () => {
    const { store, name } = await freshStore();
    const created = await store.cases.create(sampleCase());
    store.auth.lock();
    await expect(store.cases.reveal(created.id)).rejects.toMatchObject({ code: 'locked' });
    await expect(store.cases.list()).rejects.toMatchObject({ code: 'locked' });
    await store.auth.login('admin', ADMIN_PASSPHRASE);
    expect((await store.cases.reveal(created.id)).fullName).toBe('Nguyễn Thị Hoà');
    await dropDatabase(store, name);
  });

  it('auto-locks after the configured idle time, and activity postpones it', async () => {
    const { store, name } = await freshStore();
    expect(store.settings.autoLockMinutes).toBe(5);
    await store.auth.updateSettings({ autoLockMinutes: 1 });
    const session = store.auth.session;
    expect(session?.locked).toBe(false);
    // A fake clock walks through the idle minute: no real-timer race on a loaded machine.
    vi.useFakeTimers();
    try {
      store.auth.touch();
      vi.advanceTimersByTime(50_000);
      store.auth.touch();
      vi.advanceTimersByTime(50_000);
      expect(session?.locked).toBe(false);
      vi.advanceTimersByTime(11_000);
      expect(session?.locked).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    await dropDatabase(store, name);
  });

  it('keeps the setting across a reopen', async () => {
    const { store, name } = await freshStore();
    await store.auth.updateSettings({ autoLockMinutes: 12 });
    store.close();
    const reopened = await openStore({ name });
    expect(reopened.settings.autoLockMinutes).toBe(12);
    await dropDatabase(reopened, name);
  });
});
