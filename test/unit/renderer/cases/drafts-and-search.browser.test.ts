import { describe, expect, it } from 'vitest';
import { DraftSaver, type DraftStatus } from '../../../../renderer/features/cases/intake/draft-saver';
import { CaseIndex } from '../../../../renderer/features/cases/list/case-index';
import { NameIndex } from '../../../../renderer/features/cases/list/name-index';
import { ADMIN_PASSPHRASE, dropDatabase, freshStore, sampleCase } from '../db/helpers';

describe('intake drafts', () => {
  it('seals the form about a second after the last change and reopens it', async () => {
    const { store, name } = await freshStore();
    const statuses: DraftStatus[] = [];
    const saver = new DraftSaver(store, { kind: 'case', caseId: null }, undefined, (s) => statuses.push(s));
    saver.change({ identity: { fullName: 'Nguyễn Thị Hoà' } });
    saver.change({ identity: { fullName: 'Nguyễn Thị Hoà Bình' } });
    expect(await store.drafts.list()).toHaveLength(0);
    await expect.poll(() => statuses.at(-1)?.state).toBe('saved');
    const drafts = await store.drafts.list();
    expect(drafts).toHaveLength(1);
    expect(await store.drafts.load(drafts[0]?.id ?? '')).toEqual({
      identity: { fullName: 'Nguyễn Thị Hoà Bình' },
    });
    await saver.discard();
    expect(await store.drafts.list()).toHaveLength(0);
    await dropDatabase(store, name);
  });

  it('keeps typing that met an auto-lock and seals it when the same user signs in again', async () => {
    const { store, name } = await freshStore();
    const statuses: DraftStatus[] = [];
    const saver = new DraftSaver(store, { kind: 'case', caseId: null }, undefined, (s) => statuses.push(s));
    saver.change({ note: 'gõ ngay trước khi khoá' });
    store.auth.lock();
    await saver.flush();
    expect(statuses.at(-1)?.state).toBe('waitingForUnlock');
    await store.auth.login('admin', ADMIN_PASSPHRASE);
    await expect.poll(() => statuses.at(-1)?.state).toBe('saved');
    const [draft] = await store.drafts.list();
    expect(await store.drafts.load(draft?.id ?? '')).toEqual({ note: 'gõ ngay trước khi khoá' });
    await dropDatabase(store, name);
  });
});

describe('case list indexes', () => {
  it('finds "Nguyễn Thị Hoà" and "Nguyễn Thị Hòa" from "nguyen thi hoa", never by another name', async () => {
    const { store, name } = await freshStore();
    const a = await store.cases.create(sampleCase());
    const b = await store.cases.create(
      sampleCase({ identity: { fullName: 'Nguyễn Thị Hòa', birthYear: 1985 } }),
    );
    const c = await store.cases.create(sampleCase({ identity: { fullName: 'Trần Văn Nam' } }));
    const names = new NameIndex(store);
    await names.build();
    expect(names.ready).toBe(true);
    expect([...names.search('nguyen thi hoa')].sort()).toEqual([a.id, b.id].sort());
    expect([...names.search('NGUYỄN THỊ HOÀ')].sort()).toEqual([a.id, b.id].sort());
    expect([...names.search('van nam')]).toEqual([c.id]);
    expect([...names.search('x')]).toEqual([]);
    names.drop();
    expect(names.search('nguyen').size).toBe(0);
    await dropDatabase(store, name);
  });

  it('holds every live case without identifying data and follows the feature’s writes', async () => {
    const { store, name } = await freshStore();
    const a = await store.cases.create(sampleCase());
    await store.cases.create(sampleCase({ reportDate: '2024-04-01' }));
    const index = new CaseIndex(store, false);
    await index.refresh();
    expect(index.state.rows).toHaveLength(2);
    expect(JSON.stringify(index.state.rows)).not.toContain('Nguyễn');
    const closed = await store.cases.close(a.id, 'needs_met');
    index.upsert(closed);
    expect(index.state.rows.find((r) => r.id === a.id)?.status).toBe('closed');
    await store.cases.remove(a.id);
    await index.refresh();
    expect(index.state.rows.map((r) => r.id)).not.toContain(a.id);
    await dropDatabase(store, name);
  });
});
