import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../renderer/features/programme/import/csv';
import { previewUnitImport } from '../../../../renderer/features/programme/units/unit-import';
import { QUANG_NAM_UNITS } from '../../../../shared/data/quang-nam-units';
import { unitFieldsSchema } from '../../../../shared/model';

const existing = QUANG_NAM_UNITS.map((unit) => unitFieldsSchema.parse(unit));
const HEADER = 'Mã,Tên,Cấp,Mã cấp trên,Hiệu lực từ,Hiệu lực đến,Mã kế thừa';

describe('unit list import preview', () => {
  it('reads communes under a shipped district, dates as dd/MM/yyyy, successors split', () => {
    const csv = `${HEADER}\n20302,Phường An Mỹ,xã,502,01/01/2021,30/06/2025,20305\n20305,Phường Tam Kỳ,xã,48,01/07/2025,,\n`;
    const preview = previewUnitImport(parseCsv(csv), existing);
    expect(preview.missingColumns).toEqual([]);
    expect(preview.invalid).toBe(0);
    expect(preview.rows.map((r) => [r.line, r.action])).toEqual([
      [2, 'create'],
      [3, 'create'],
    ]);
    expect(preview.rows[0]?.fields).toMatchObject({
      level: 'commune',
      kind: 'commune',
      parentCode: '502',
      validFrom: '2021-01-01',
      validTo: '2025-06-30',
      successorCodes: ['20305'],
    });
  });

  it('names each bad cell on its line and refuses the file as a whole', () => {
    const csv = [
      HEADER,
      '20302,Phường An Mỹ,xã,502,,,',
      '20303,,xã,502,,,',
      '20304,Xã Tam Thăng,thôn,502,,,',
      '20302,Trùng mã,xã,502,,,',
      '20306,Xã Tam Phú,xã,999,31/02/2024,,',
      '20307,Xã Tam Ngọc,xã,502,01/07/2025,01/01/2025,77777',
    ].join('\n');
    const preview = previewUnitImport(parseCsv(csv), existing);
    const byLine = new Map(preview.rows.map((r) => [r.line, r.errors.map((e) => `${e.column}:${e.key}`)]));
    expect(byLine.get(2)).toEqual([]);
    expect(byLine.get(3)).toEqual(['name:store.validation.required']);
    expect(byLine.get(4)).toEqual(['level:programme.units.import.badLevel']);
    expect(byLine.get(5)).toEqual(['code:programme.units.import.duplicateCode']);
    expect(byLine.get(6)).toEqual([
      'validFrom:store.validation.invalidDate',
      'parentCode:programme.units.import.parentUnknown',
    ]);
    expect(byLine.get(7)).toEqual([
      'validTo:store.validation.endBeforeStart',
      'successorCodes:programme.units.import.successorUnknown',
    ]);
    expect(preview.invalid).toBe(5);
    expect(preview.rows.filter((r) => r.errors.length > 0).every((r) => r.action === null)).toBe(true);
  });

  it('says which required columns are missing', () => {
    expect(previewUnitImport(parseCsv('Tên,Cấp\nA,xã'), existing).missingColumns).toEqual(['code']);
  });

  it('marks known codes as update or unchanged, and refuses a parent that is not one level up', () => {
    const csv = `${HEADER}\n502,Thành phố Tam Kỳ,huyện,49,,30/06/2025,48\n505,Đông Giang,huyện,49,,30/06/2025,\n504,Tây Giang,huyện,505,,,`;
    const rows = previewUnitImport(parseCsv(csv), existing).rows;
    expect(rows.map((r) => r.action)).toEqual(['update', 'unchanged', null]);
    expect(rows[1]?.errors).toEqual([]);
    expect(rows[2]?.errors.map((e) => e.key)).toEqual(['programme.units.import.parentLevel']);
  });
});

describe('CSV reading', () => {
  it('handles BOM, semicolons, quotes with commas and line breaks; blank lines keep their place', () => {
    expect(parseCsv('\uFEFFMã;Tên\n1;"Xã ""A""; B"\r\n;\n2;"dòng\nhai"\n\n')).toEqual([
      ['Mã', 'Tên'],
      ['1', 'Xã "A"; B'],
      [],
      ['2', 'dòng\nhai'],
    ]);
  });

  it('cites the line numbers of the file even after blank lines', () => {
    const rows = previewUnitImport(
      parseCsv(`${HEADER}\n\n20302,Phường An Mỹ,xã,502,,,\n\n20303,,xã,502,,,`),
      existing,
    ).rows;
    expect(rows.map((r) => r.line)).toEqual([3, 5]);
  });
});
