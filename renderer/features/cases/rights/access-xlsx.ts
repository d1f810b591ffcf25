import { addTableSheet, newWorkbook, workbookBytes, XLSX_TYPE } from '../../../ui/xlsx';
import type { CopyDoc } from './access-copy';

/** The copy as an .xlsx: one sheet per table, headings first, with the app's one .xlsx writer. */
export async function copyWorkbook(doc: CopyDoc): Promise<Blob> {
  const book = await newWorkbook();
  for (const table of doc.tables)
    addTableSheet(
      book,
      table.title,
      table.columns,
      table.rows.map((r) => r.cells),
      'content',
    );
  return new Blob([(await workbookBytes(book)).slice()], { type: XLSX_TYPE });
}
