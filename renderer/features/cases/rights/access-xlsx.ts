import type { CopyDoc } from './access-copy';

/**
 * The copy as an .xlsx: one sheet per table, headings first, with the same exceljs writer as the
 * reports and the case list (loaded only when a file is made).
 */
export async function copyWorkbook(doc: CopyDoc): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Bình An';
  book.created = new Date();
  for (const table of doc.tables) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    const sheet = book.addWorksheet(
      table.title
        .replace(/[:\\/?*[\]]/g, ' ')
        .slice(0, 31)
        .trim(),
      {
        views: [{ state: 'frozen', ySplit: 1 }],
      },
    );
    sheet.addRow(table.columns);
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.cells);
    sheet.columns.forEach((column, i) => {
      const longest = Math.max(
        ...[table.columns, ...table.rows.map((r) => r.cells)].map((r) => (r[i] ?? '').length),
      );
      column.width = Math.min(80, Math.max(12, longest + 2));
      column.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
