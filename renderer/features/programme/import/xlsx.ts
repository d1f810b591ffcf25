import type ExcelJS from 'exceljs';
import { IMPORT_LIMITS, type ImportLimits, SheetLimitError } from './limits';
import { inspectXlsx } from './xlsx-inspect';

/**
 * The first worksheet that holds data, as rows of display text: dates as dd/MM/yyyy, formulas as
 * their cached result, rich text joined. Everything is text so the same row parsers serve CSV and .xlsx.
 * The zip is inspected first (sizes, rows, cells: xlsx-inspect.ts), so exceljs only ever sees a file
 * within the limits; a row far down the sheet or a cell far to the right is refused before padding.
 */
export async function readXlsx(data: ArrayBuffer, limits: ImportLimits = IMPORT_LIMITS): Promise<string[][]> {
  inspectXlsx(new Uint8Array(data), limits);
  // exceljs is large (≈ 1 MB): load it when a file is chosen, not when the app starts.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(data);
  for (const sheet of workbook.worksheets) {
    // rows[i] is spreadsheet row i + 1, blank rows included, so previews cite the row numbers Excel shows.
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (row.number > limits.maxRows) throw new SheetLimitError('rows', limits.maxRows);
      if (row.cellCount > limits.maxColumns) throw new SheetLimitError('columns', limits.maxColumns);
      const cells: string[] = [];
      for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
      if (!cells.some((cell) => cell !== '')) return;
      while (rows.length < row.number - 1) rows.push([]);
      rows.push(cells);
    });
    if (rows.length > 0) return rows;
  }
  return [];
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return utcDay(value);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('hyperlink' in value) return String(value.text).trim();
  if ('formula' in value || 'sharedFormula' in value) {
    const result = 'result' in value ? value.result : undefined;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date))
      ? ''
      : cellText(result);
  }
  return '';
}

/** Excel dates carry no zone; exceljs gives them as UTC midnight, so read them back in UTC. */
function utcDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
