import { describe, expect, it } from 'vitest';
import { type BinhAnStore, isStoreError } from '../../../../renderer/db';
import { vi as messages } from '../../../../renderer/i18n/vi';
import { dropDatabase, freshStore, rawDb, sampleCase } from './helpers';

/** A snapshot of everything a failed write could have touched. */
async function snapshot(store: BinhAnStore, name: string) {
  const db = await rawDb(name);
  return {
    cases: await db.cases.toArray(),
    audit: await db.audit.count(),
    aggregates: await db.aggregates.toArray(),
    changeSeq: await store.lastChangeSeq(),
    kv: await db.kv.toArray(),
  };
}

const vietnamese = (key: string): string =>
  String(
    key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages),
  );

describe('bad input', () => {
  it('is rejected with clear Vietnamese messages and nothing is written', async () => {
    const { store, name } = await freshStore();
    await store.cases.create(sampleCase());
    const before = await snapshot(store, name);
    const error = await store.cases
      .create(
        sampleCase({ incidentDate: '2999-01-01', survivor: { sex: 'female', age: -3, disability: 'no' } }),
      )
      .catch((e: unknown) => e);
    if (!isStoreError(error, 'invalid')) throw new Error('expected invalid');
    const texts = error.issues.map((i) => [i.path, vietnamese(i.message)]);
    expect(texts).toEqual(
      expect.arrayContaining([
        ['incidentDate', 'Ngày không được sau ngày hôm nay.'],
        ['incidentDate', 'Ngày xảy ra vụ việc không được sau ngày tiếp nhận.'],
        ['survivor.age', 'Giá trị nằm ngoài khoảng cho phép.'],
      ]),
    );
    expect(vietnamese(error.messageKey)).toBe('Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.');
    expect(await snapshot(store, name)).toEqual(before);
    await dropDatabase(store, name);
  });

  it('a service dated before the report, or for a need the case does not have, changes nothing', async () => {
    const { store, name } = await freshStore();
    const created = await store.cases.create(sampleCase());
    const before = await snapshot(store, name);
    await expect(
      store.cases.addService(created.id, {
        need: 'health',
        date: '2024-03-01',
        provider: 'Trạm Y tế',
        outcome: 'provided',
      }),
    ).rejects.toMatchObject({
      code: 'invalid',
      issues: [{ message: 'store.validation.serviceBeforeReport' }],
    });
    await expect(
      store.cases.addService(created.id, {
        need: 'education',
        date: '2024-03-20',
        provider: 'Trường',
        outcome: 'provided',
      }),
    ).rejects.toMatchObject({
      code: 'invalid',
      issues: [{ message: 'store.validation.serviceForUnknownNeed' }],
    });
    expect(await snapshot(store, name)).toEqual(before);
    await dropDatabase(store, name);
  });

  it('a bulk batch with one bad row writes none of that batch', async () => {
    const { store, name } = await freshStore();
    const before = await snapshot(store, name);
    const rows = [sampleCase(), sampleCase({ reportDate: '2024-13-01' }), sampleCase()];
    await expect(store.cases.createMany(rows)).rejects.toMatchObject({ code: 'invalid' });
    expect(await snapshot(store, name)).toEqual(before);
    await dropDatabase(store, name);
  });

  it('a lost update is refused as a conflict', async () => {
    const { store, name } = await freshStore();
    const created = await store.cases.create(sampleCase());
    await store.cases.update(created.id, { soughtHelpFromProvider: false }, created.rev);
    await expect(
      store.cases.update(created.id, { referralSource: 'self' }, created.rev),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await store.cases.get(created.id))?.referralSource).toBe('hotline_111');
    await dropDatabase(store, name);
  });

  it('every change bumps rev and changeSeq from one counter', async () => {
    const { store, name } = await freshStore();
    const a = await store.cases.create(sampleCase());
    const b = await store.cases.create(sampleCase());
    const a2 = await store.cases.addFollowUp(a.id, { date: '2024-03-20', nextContactDate: '2024-04-01' });
    expect(b.changeSeq).toBeGreaterThan(a.changeSeq);
    expect(a2.changeSeq).toBeGreaterThan(b.changeSeq);
    expect(a2.rev).toBe(a.rev + 1);
    expect(a2.id).toBe(a.id);
    expect(await store.lastChangeSeq()).toBe(a2.changeSeq);
    const exported = await (await rawDb(name)).cases.where('changeSeq').above(b.changeSeq).toArray();
    expect(exported.map((c) => c.id)).toEqual([a.id]);
    await dropDatabase(store, name);
  });
});
