import { describe, expect, it } from 'vitest';
import { dropDatabase, freshStore, sampleCase } from './helpers';

describe('duplicate detection by blind index', () => {
  it('flags an earlier case with the same folded name and phone, or name, birth year and commune', async () => {
    const { store, name } = await freshStore();
    const first = await store.cases.create(sampleCase());
    await store.cases.create(
      sampleCase({ identity: { fullName: 'Trần Văn Nam', phone: '0911 000 111', birthYear: 1980 } }),
    );

    const byPhone = await store.cases.findDuplicates({
      fullName: 'nguyen thi hòa',
      phone: '+84905123456',
      incidentUnit: '503',
    });
    expect(byPhone).toEqual([
      { id: first.id, caseCode: first.caseCode, reportDate: '2024-03-15', matchedOn: 'namePhone' },
    ]);

    const byYear = await store.cases.findDuplicates({
      fullName: 'NGUYỄN THỊ HOÀ',
      birthYear: 1990,
      incidentUnit: '502',
    });
    expect(byYear.map((m) => [m.id, m.matchedOn])).toEqual([[first.id, 'nameYearCommune']]);

    expect(
      await store.cases.findDuplicates({
        fullName: 'Nguyễn Thị Hoa',
        phone: '0905123456',
        incidentUnit: '502',
      }),
    ).toHaveLength(1);
    expect(
      await store.cases.findDuplicates({
        fullName: 'Nguyễn Thị Hoà',
        phone: '0905123457',
        incidentUnit: '502',
      }),
    ).toEqual([]);
    expect(
      await store.cases.findDuplicates({ fullName: 'Nguyễn Thị Hoà', birthYear: 1991, incidentUnit: '502' }),
    ).toEqual([]);

    await store.cases.remove(first.id);
    expect(
      await store.cases.findDuplicates({
        fullName: 'Nguyễn Thị Hoà',
        phone: '0905123456',
        incidentUnit: '502',
      }),
    ).toEqual([]);
    await dropDatabase(store, name);
  });

  it('follows an edited identity', async () => {
    const { store, name } = await freshStore();
    const created = await store.cases.create(sampleCase());
    await store.cases.update(created.id, { identity: { fullName: 'Phạm Thị Lan', phone: '0905123456' } });
    expect(
      await store.cases.findDuplicates({
        fullName: 'Nguyễn Thị Hoà',
        phone: '0905123456',
        incidentUnit: '502',
      }),
    ).toEqual([]);
    expect(
      await store.cases.findDuplicates({
        fullName: 'pham thi lan',
        phone: '0905123456',
        incidentUnit: '502',
      }),
    ).toHaveLength(1);
    await dropDatabase(store, name);
  });
});
