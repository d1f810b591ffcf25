import type { Workbook } from 'exceljs';

/** The .xlsx media type, for downloads and save prompts. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The one .xlsx writer's start: an exceljs workbook made by Bình An. exceljs is loaded only when a
 * file is made, so it stays out of the script every page loads.
 */
export async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Bình An';
  book.created = new Date();
  return book;
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export const sheetName = (title: string): string =>
  title
    .replace(/[:\\/?*[\]]/g, ' ')
    .slice(0, 31)
    .trim();

/**
 * A plain table as a sheet: bold headings in a frozen first row, then the rows. Columns are as wide
 * as their heading (`fit: 'heading'`) or their longest text (`fit: 'content'`, wrapped, at most 80).
 */
export function addTableSheet(
  book: Workbook,
  name: string,
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  fit: 'heading' | 'content',
): void {
  const sheet = book.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...headers]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.columns.forEach((column, i) => {
    if (fit === 'heading') {
      column.width = Math.max(12, (headers[i]?.length ?? 10) + 4);
      return;
    }
    const longest = Math.max(...[headers, ...rows].map((r) => String(r[i] ?? '').length));
    column.width = Math.min(80, Math.max(12, longest + 2));
    column.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** The workbook's bytes. */
export async function workbookBytes(book: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Hands a file to the browser's download (the web host) or Electron's save prompt. */
export function download(data: Blob | Uint8Array, fileName: string, type = XLSX_TYPE): void {
  const blob = data instanceof Blob ? data : new Blob([data.slice()], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
