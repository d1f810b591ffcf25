import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findHeaderRow } from '../../../../renderer/features/programme/import/cells';
import { readXlsx } from '../../../../renderer/features/programme/import/xlsx';
import {
  guessMapping,
  isParticipantHeader,
  parseCategory,
  parseParticipantRow,
  resolveUnit,
} from '../../../../renderer/features/programme/training/participant-columns';
import {
  duplicateRows,
  suggestMatch,
} from '../../../../renderer/features/programme/training/participant-matching';

const UNITS = [
  { code: '49', name: 'Quảng Nam' },
  { code: '502', name: 'Tam Kỳ' },
  { code: '513', name: 'Thăng Bình' },
  { code: '20302', name: 'Phường An Mỹ' },
];
const context = { units: UNITS, defaultUnit: '502', defaultCategory: 'official' as const };

describe('attendance list columns', () => {
  it('guesses the mapping from Vietnamese headers, whatever their case, marks or extra words', () => {
    const mapping = guessMapping([
      'STT',
      'HỌ VÀ TÊN (*)',
      'Giới tính',
      'Năm sinh',
      'Chức vụ',
      'Đơn vị công tác',
      'Đối tượng',
      'Ký tên',
    ]);
    expect(mapping).toEqual({ fullName: 1, sex: 2, birthYear: 3, position: 4, unit: 5, category: 6 });
    expect(guessMapping(['Ho ten', 'Gioi tinh']).fullName).toBe(0);
    expect(guessMapping(['Tên đơn vị', 'Tên']).fullName).toBe(1);
  });

  it('finds the header row below a title block', () => {
    const rows = [
      ['DANH SÁCH HỌC VIÊN THAM DỰ TẬP HUẤN'],
      ['Ngày 12/03/2024'],
      ['STT', 'Họ và tên', 'Giới tính'],
      ['1', 'A', 'Nam'],
    ];
    expect(findHeaderRow(rows, isParticipantHeader)).toBe(2);
  });

  it('turns a row into person fields and credits the unit it names', () => {
    const mapping = guessMapping(['Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Đối tượng']);
    const row = [
      '  Trần   Thị Hoa ',
      'Nữ',
      '12/05/1985',
      'Phó Chủ tịch',
      'UBND huyện Thăng Bình',
      'Cán bộ chính quyền',
    ];
    expect(parseParticipantRow(row, 4, mapping, context)).toMatchObject({
      line: 4,
      person: {
        fullName: 'Trần Thị Hoa',
        sex: 'female',
        birthYear: 1985,
        position: 'Phó Chủ tịch',
        unitCode: '513',
        category: 'official',
      },
      unitGiven: true,
      errors: [],
      warnings: [],
    });
  });

  it('reports each bad cell, and warns (not fails) on a unit it does not know', () => {
    const mapping = guessMapping(['Họ và tên', 'Giới tính', 'Năm sinh', 'Đơn vị', 'Đối tượng']);
    const bad = parseParticipantRow(['', 'X', 'năm ngoái', 'Sở Tư pháp', 'học sinh'], 7, mapping, context);
    expect(bad.person).toBeNull();
    expect(bad.errors.map((e) => `${e.column}:${e.key}`).sort()).toEqual([
      'birthYear:store.validation.invalid',
      'category:programme.training.import.badCategory',
      'fullName:store.validation.required',
      'sex:programme.training.import.badSex',
    ]);
    expect(bad.warnings.map((e) => e.key)).toEqual(['programme.training.import.unknownUnit']);
    const noSex = parseParticipantRow(['Lê Văn Nam', '', '', '', ''], 8, mapping, context);
    expect(noSex.errors.map((e) => e.key)).toEqual(['programme.training.import.noSex']);
  });

  it('understands the words officers write for categories and units', () => {
    expect(parseCategory('Cán bộ làm công tác bình đẳng giới')).toBe('gender_equality_staff');
    expect(parseCategory('CTV dân số')).toBe('collaborator');
    expect(parseCategory('Tình nguyện viên')).toBe('volunteer');
    expect(parseCategory('giáo viên')).toBe('teacher');
    expect(parseCategory('công chức xã')).toBe('official');
    expect(parseCategory('học sinh')).toBeNull();
    expect(resolveUnit('502', UNITS)).toBe('502');
    expect(resolveUnit('tp. Tam Ky', UNITS)).toBe('502');
    expect(resolveUnit('Phòng Văn hoá – Thông tin huyện Thăng Bình', UNITS)).toBe('513');
    expect(resolveUnit('Phường An Mỹ, Tam Kỳ', UNITS)).toBe('20302');
    expect(resolveUnit('Sở Tư pháp', UNITS)).toBeNull();
  });
});

describe('matching against the register', () => {
  const hoa = {
    id: 'p1',
    fullName: 'Nguyễn Thị Hoà',
    nameFolded: 'nguyen thi hoa',
    unitCode: '502',
    position: undefined,
  };
  const hoa2 = { ...hoa, id: 'p2', unitCode: '513' };
  const hoang = { ...hoa, id: 'p3', fullName: 'Nguyễn Thị Hoàng', nameFolded: 'nguyen thi hoang' };

  it('matches the same name without diacritics in the same unit, never a longer name', () => {
    expect(suggestMatch('Nguyen Thi Hoa', '502', true, [hoa, hoa2, hoang])).toEqual({
      choice: 'p1',
      candidates: [hoa, hoa2],
      ambiguous: false,
    });
  });

  it('offers a namesake from another unit without choosing it', () => {
    expect(suggestMatch('Nguyễn Thị Hoà', '503', true, [hoa])).toMatchObject({
      choice: 'new',
      candidates: [hoa],
    });
    expect(suggestMatch('Nguyễn Thị Hoà', '503', false, [hoa])).toMatchObject({ choice: 'p1' });
    expect(
      suggestMatch('Nguyễn Thị Hoà', '513', true, [hoa, { ...hoa2 }, { ...hoa2, id: 'p4' }]),
    ).toMatchObject({
      choice: 'p2',
      ambiguous: true,
    });
  });

  it('flags a person listed twice in one file', () => {
    const rows = [
      { fullName: 'Lê Văn An', unitCode: '502' },
      { fullName: 'Le Van An', unitCode: '502' },
      { fullName: 'Lê Văn An', unitCode: '513' },
    ];
    expect([...duplicateRows(rows)]).toEqual([[1, 0]]);
  });
});

describe('reading .xlsx', () => {
  it('gives display text: dates as dd/MM/yyyy, formulas as their result, rich text joined', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Họ và tên', 'Ngày', 'Số', 'Ghi chú']);
    sheet.addRow([
      { richText: [{ text: 'Phạm ' }, { text: 'Thị Lan', font: { bold: true } }] },
      new Date(Date.UTC(2024, 2, 12)),
      { formula: '1+1', result: 2 },
      null,
    ]);
    const buffer = await workbook.xlsx.writeBuffer();
    const rows = await readXlsx(buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer).buffer);
    expect(rows).toEqual([
      ['Họ và tên', 'Ngày', 'Số', 'Ghi chú'],
      ['Phạm Thị Lan', '12/03/2024', '2'],
    ]);
    // A blank row keeps its place: row 4 of the sheet is rows[3].
    sheet.addRow([]);
    sheet.addRow(['Lê Văn An']);
    const again = await workbook.xlsx.writeBuffer();
    const withGap = await readXlsx(again instanceof ArrayBuffer ? again : new Uint8Array(again).buffer);
    expect(withGap[2]).toEqual([]);
    expect(withGap[3]).toEqual(['Lê Văn An']);
  });
});
