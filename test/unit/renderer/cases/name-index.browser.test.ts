import { describe, expect, it } from 'vitest';
import { followCaseWrite, nameIndexFor } from '../../../../renderer/features/cases/list/name-index';
import { ADMIN_PASSPHRASE, dropDatabase, freshStore, sampleCase } from '../db/helpers';

describe('the name index follows the session’s own writes', () => {
  it('finds a case recorded after the build, follows a rename, drops a deletion and takes back a restore', async () => {
    const { store, name } = await freshStore();
    const first = await store.cases.create(sampleCase({ identity: { fullName: 'Trần Thị Lan' } }));
    const names = nameIndexFor(store);
    if (names === null) throw new Error('a case worker has a name index');
    await names.build();
    expect([...names.search('tran thi lan')]).toEqual([first.id]);

    // Recorded now: found at once (the intake page passes the name it saved).
    const saved = await store.cases.create(sampleCase({ identity: { fullName: 'Võ Thị Thuỷ' } }));
    followCaseWrite(store, saved, 'Võ Thị Thuỷ');
    expect([...names.search('vo thi thuy')]).toEqual([saved.id]);

    // Renamed on the edit page: the new name finds it, the old one no longer does.
    const renamed = await store.cases.update(saved.id, {
      identity: { ...sampleCase().identity, fullName: 'Võ Thị Thuý Hằng' },
    });
    followCaseWrite(store, renamed, 'Võ Thị Thuý Hằng');
    expect([...names.search('thuy hang')]).toEqual([saved.id]);
    expect(names.search('nguyen thi hoa').size).toBe(0);

    // A service changes nothing; a deletion drops the name; a restore reads it back.
    followCaseWrite(
      store,
      await store.cases.addService(saved.id, {
        need: 'health',
        date: '2024-03-16',
        provider: 'Trạm Y tế',
        outcome: 'provided',
      }),
    );
    expect([...names.search('thuy hang')]).toEqual([saved.id]);
    followCaseWrite(store, await store.cases.remove(saved.id));
    expect(names.search('thuy hang').size).toBe(0);
    followCaseWrite(store, await store.cases.restore(saved.id));
    await expect.poll(() => names.search('thuy hang').size).toBe(1);
    expect([...names.search('thuy hang')]).toEqual([saved.id]);
    // The search sees the same as a fresh build at the next sign-in.
    await store.cases.remove(first.id);
    store.auth.lock();
    expect(names.isDropped).toBe(true);
    await dropDatabase(store, name);
  });

  it('a build still reading does not bring back a name the session changed', async () => {
    const { store, name } = await freshStore();
    const a = await store.cases.create(sampleCase({ identity: { fullName: 'Lê Thị Mai' } }));
    const names = nameIndexFor(store);
    if (names === null) throw new Error('a case worker has a name index');
    const building = names.build();
    followCaseWrite(store, await store.cases.remove(a.id));
    await building;
    expect(names.search('le thi mai').size).toBe(0);
    // A fresh build leaves deleted cases out too.
    const b = await store.cases.create(sampleCase({ identity: { fullName: 'Lê Thị Mai' } }));
    store.auth.lock();
    await store.auth.login('admin', ADMIN_PASSPHRASE);
    const fresh = nameIndexFor(store);
    await fresh?.build();
    expect([...(fresh?.search('le thi mai') ?? [])]).toEqual([b.id]);
    await dropDatabase(store, name);
  });
});
