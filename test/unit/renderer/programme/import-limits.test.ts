import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSheetFile } from '../../../../renderer/features/programme/import/read-file';
import { en } from '../../../../renderer/i18n/en';
import { vi } from '../../../../renderer/i18n/vi';
import { ImportFileError } from '../../../../renderer/ui/import-errors';

const MiB = 1024 * 1024;

/** The parts of the smallest workbook exceljs reads, but its sheet. */
function workbookParts(): Record<string, Uint8Array> {
  const x = (text: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>${text}`);
  return {
    '[Content_Types].xml': x(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': x(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': x(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': x(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  };
}

const SHEET = 'xl/worksheets/sheet1.xml';

/** A workbook whose one sheet's XML is `sheet`. */
const workbook = (sheet: Uint8Array, level: 1 | 6 = 6): Uint8Array =>
  zipSync({ ...workbookParts(), [SHEET]: sheet }, { level });

/**
 * A workbook whose sheet is the raw deflate stream `stream`, declared in both headers as unpacking
 * to `size` bytes (the other parts are stored).
 */
function bombWorkbook(stream: Uint8Array, size: number): Uint8Array {
  const zip = zipSync({ ...workbookParts(), [SHEET]: stream }, { level: 0 });
  const view = new DataView(zip.buffer);
  const named = (at: number, lengthAt: number, nameAt: number) =>
    new TextDecoder().decode(zip.subarray(at + nameAt, at + nameAt + view.getUint16(at + lengthAt, true)));
  for (let at = 0; at + 4 <= zip.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50 && named(at, 26, 30) === SHEET) {
      view.setUint16(at + 8, 8, true);
      view.setUint32(at + 22, size, true);
    } else if (sig === 0x02014b50 && named(at, 28, 46) === SHEET) {
      view.setUint16(at + 10, 8, true);
      view.setUint32(at + 24, size, true);
    }
  }
  return zip;
}

const column = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + column(i % 26);

/** Sheet XML of `rows` rows of `columns` inline-string cells each. */
function sheetXml(rows: number, columns: number, first = 0): Uint8Array {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>'];
  parts.push('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  for (let r = 1; r <= rows; r++) {
    parts.push(`<row r="${r}">`);
    for (let c = first; c < first + columns; c++)
      parts.push(`<c r="${column(c)}${r}" t="inlineStr"><is><t>ô ${r}</t></is></c>`);
    parts.push('</row>');
  }
  parts.push('</sheetData></worksheet>');
  return strToU8(parts.join(''));
}

/**
 * A raw deflate stream (one fixed-Huffman block) that inflates to `1 + 258 × matches` bytes of '<':
 * a literal, then back-references of length 258 at distance 1, 13 bits each (≈ 200:1).
 */
function deflateBomb(matches: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + 13 * matches + 7) / 8) + 1);
  let bit = 0;
  const code = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i--, bit++)
      if ((value >> i) & 1) out.set([(out[bit >> 3] ?? 0) | (1 << (bit & 7))], bit >> 3);
  };
  out[0] = 0b011; // BFINAL = 1, BTYPE = 01 (fixed Huffman), least significant bits first
  bit = 3;
  code(0x30 + 0x3c, 8); // literal '<'
  for (let i = 0; i < matches; i++) {
    code(0xc5, 8); // length code 285: 258
    code(0, 5); // distance code 0: 1
  }
  code(0, 7); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

async function refusal(file: File): Promise<string> {
  try {
    await readSheetFile(file);
  } catch (error) {
    if (error instanceof ImportFileError) return error.key;
    throw error;
  }
  return 'accepted';
}

const xlsx = (bytes: Uint8Array, name = 'danh-sach.xlsx') => new File([new Uint8Array(bytes)], name);
const peakRss = () => process.resourceUsage().maxRSS * 1024;

describe('programme imports: hostile files cost little', () => {
  it('reads an ordinary workbook and CSV as before', async () => {
    const rows = await readSheetFile(xlsx(workbook(sheetXml(3, 2))));
    expect(rows[0]).toEqual(['ô 1', 'ô 1']);
    expect(rows).toHaveLength(3);
    expect(await readSheetFile(new File(['Mã,Tên\n1,Xã A\n'], 'don-vi.csv'))).toEqual([
      ['Mã', 'Tên'],
      ['1', 'Xã A'],
    ]);
  });

  it('an .xlsx whose sheet unpacks to 200 MiB is refused from its central directory, within a memory bound', async () => {
    const matches = Math.floor((200 * MiB) / 258);
    const bomb = bombWorkbook(deflateBomb(matches), 1 + 258 * matches);
    expect(bomb.length).toBeLessThan(2 * MiB);
    const peak = peakRss();
    expect(await refusal(xlsx(bomb))).toBe('programme.import.tooLargeUnpacked');
    expect(peakRss() - peak).toBeLessThan(48 * MiB);
  });

  it('the same bomb declaring a small size is caught while unpacking, keeping nothing', async () => {
    const matches = Math.floor((200 * MiB) / 258);
    const liar = bombWorkbook(deflateBomb(matches), 4096);
    const before = process.memoryUsage();
    const peak = peakRss();
    expect(await refusal(xlsx(liar))).toBe('programme.import.tooLargeUnpacked');
    expect(process.memoryUsage().arrayBuffers - before.arrayBuffers).toBeLessThan(32 * MiB);
    expect(peakRss() - peak).toBeLessThan(48 * MiB);
  });

  it('rows and cells are counted in the XML before exceljs builds them', async () => {
    const manyRows = xlsx(workbook(sheetXml(20_001, 1), 1));
    const manyCells = xlsx(workbook(sheetXml(10_000, 31), 1));
    const peak = peakRss();
    expect(await refusal(manyRows)).toBe('programme.import.tooManyRows');
    expect(await refusal(manyCells)).toBe('programme.import.tooManyCells');
    // That exceljs never built the sheet shows in memory, not in time (timing is the bench's job):
    // exceljs would hold about 0.5 KiB per cell: 310,000 cells cost it ≈ 170 MiB.
    expect(peakRss() - peak).toBeLessThan(96 * MiB);
    // A cell far to the right would make every row 16,384 columns wide.
    expect(await refusal(xlsx(workbook(sheetXml(2, 1, 16_383))))).toBe('programme.import.tooManyColumns');
  });

  it('a CSV stops at the row, column and cell limits', async () => {
    const lines = new File(['\n'.repeat(5 * MiB)], 'dong.csv');
    expect(await refusal(lines)).toBe('programme.import.tooManyRows');
    expect(await refusal(new File([`${','.repeat(300)}\n1\n`], 'cot.csv'))).toBe(
      'programme.import.tooManyColumns',
    );
    const wide = `${Array.from({ length: 100 }, (_, i) => `c${i}`).join(',')}\n`;
    expect(await refusal(new File([wide.repeat(3_001)], 'o.csv'))).toBe('programme.import.tooManyCells');
  });

  it('a file name that disguises itself is refused before the file is read', async () => {
    expect(await refusal(new File(['Mã,Tên\n1,A\n'], 'danh-sach\u202Evsc.exe'))).toBe(
      'programme.import.disguisedName',
    );
  });

  it('says each refusal in Vietnamese and English, with the limit', () => {
    for (const key of [
      'tooLargeUnpacked',
      'tooManyRows',
      'tooManyColumns',
      'tooManyCells',
      'disguisedName',
    ] as const) {
      expect(vi.programme.import[key]).toMatch(/[ăâđêôơưáàảãạ]/);
      expect(en.programme.import[key]).toMatch(/^The /);
      if (key !== 'disguisedName') {
        expect(vi.programme.import[key]).toContain('{{max}}');
        expect(en.programme.import[key]).toContain('{{max}}');
      }
    }
  });
});
