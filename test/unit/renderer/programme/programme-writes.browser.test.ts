import { describe, expect, it } from 'vitest';
import {
  candidateUnits,
  guessMapping,
} from '../../../../renderer/features/programme/training/participant-columns';
import {
  previewParticipants,
  writeParticipants,
} from '../../../../renderer/features/programme/training/participant-import';
import { unitFieldsSchema } from '../../../../shared/model';
import { dropDatabase, freshStore } from '../db/helpers';

const commune = (code: string, name: string) =>
  unitFieldsSchema.parse({
    code,
    name,
    level: 'commune',
    kind: 'ward',
    parentCode: '502',
    validFrom: null,
    validTo: null,
  });

describe('unit import writes', () => {
  it('writes a whole list in one transaction: one failing row leaves the tree as it was', async () => {
    const { store, name } = await freshStore();
    const before = (await store.units.list()).length;
    await expect(
      store.units.writeMany([
        { fields: commune('T0299', 'Phường An Mỹ'), action: 'create' },
        // 502 exists already: a create must fail, and take the first row with it.
        { fields: commune('502', 'Trùng mã'), action: 'create' },
      ]),
    ).rejects.toThrow();
    expect(await store.units.get('T0299')).toBeUndefined();
    expect((await store.units.list()).length).toBe(before);

    await store.units.writeMany([
      { fields: commune('T0299', 'Phường An Mỹ'), action: 'create' },
      {
        fields: { ...commune('502', 'Tam Kỳ'), level: 'district', kind: 'city', parentCode: '49' },
        action: 'update',
      },
    ]);
    expect((await store.units.get('T0299'))?.parentCode).toBe('502');
    expect((await store.units.get('502'))?.rev).toBe(2);
    expect((await store.aggregates.check()).differences).toEqual([]);
    await dropDatabase(store, name);
  });
});

describe('participant import writes', () => {
  it('matches a registered person typed without diacritics, registers the others once, never doubles an attendance', async () => {
    const { store, name } = await freshStore();
    const hoa = await store.programme.people.create({
      fullName: 'Nguyễn Thị Hoà',
      sex: 'female',
      unitCode: '502',
      category: 'official',
    });
    const event = await store.programme.events.create({
      title: 'Tập huấn',
      organiser: 'Phòng VH-TT',
      unitCode: '502',
      startDate: '2025-03-12',
    });
    const rows = [
      ['Họ và tên', 'Giới tính', 'Đơn vị'],
      ['Nguyen Thi Hoa', 'Nữ', 'Tam Kỳ'],
      ['Trần Văn Bình', 'Nam', 'Thăng Bình'],
      ['Tran Van Binh', 'Nam', 'Thăng Bình'],
    ];
    // The units as the dialog passes them (a former city and today's ward share a name).
    const units = candidateUnits(await store.units.list(), event.unitCode, event.startDate);
    const context = { units, defaultUnit: '502', defaultCategory: 'official' as const };
    const preview = await previewParticipants(store, event.id, rows, 0, guessMapping(rows[0] ?? []), context);
    expect(
      preview.map((r) => [r.line, r.match?.choice === hoa.id ? 'hoa' : r.match?.choice, r.duplicateOf]),
    ).toEqual([
      [2, 'hoa', null],
      [3, 'new', null],
      [4, 'new', 3],
    ]);
    const writes = preview.flatMap((r) =>
      r.person === null || r.duplicateOf !== null
        ? []
        : [{ person: r.person, choice: r.match?.choice ?? 'new' }],
    );
    const progress: number[] = [];
    expect(await writeParticipants(store, event.id, writes, (p) => progress.push(p.done), 1)).toEqual({
      created: 1,
      attended: 2,
      skipped: 0,
    });
    expect(progress.at(-1)).toBe(3);
    expect((await store.programme.findPeople('tran van binh')).length).toBe(1);

    // Importing the same list again: everyone is recognised and already attends.
    const again = await previewParticipants(store, event.id, rows, 0, guessMapping(rows[0] ?? []), context);
    expect(again.filter((r) => r.duplicateOf === null).every((r) => r.alreadyAttending)).toBe(true);
    expect((await store.programme.attendances.list({ index: 'eventId', equals: event.id })).length).toBe(2);
    expect((await store.aggregates.check()).differences).toEqual([]);
    await dropDatabase(store, name);
  });
});
