import { newWorkbook, workbookBytes } from '../../ui/xlsx';
import type { PublishedTable } from './report-breakdown';
import type { ReportDoc } from './report-model';

type Labels = {
  nation: string;
  motto: string;
  number: string;
  tableTitle: string;
  columns: readonly string[];
  recipients: string;
  recipientList: string;
  signer: string;
  signHint: string;
  sheetName: string;
  breakdownTitle: string;
  breakdownUnit: string;
  breakdownTotals: string;
};

const COLUMN_WIDTHS = [6, 7, 58, 12, 14, 16, 14, 34];
const LAST = 'H';

/**
 * The report as an .xlsx in the provincial layout: the two-column title block (office | national
 * motto), merged heading lines, a bordered indicator table with wrapped Vietnamese text, then the
 * recipients and signature block, on the app's one .xlsx writer (renderer/ui/xlsx.ts).
 */
export async function reportWorkbook(
  doc: ReportDoc,
  breakdown: PublishedTable,
  labels: Labels,
): Promise<Uint8Array> {
  const book = await newWorkbook();
  const sheet = book.addWorksheet(labels.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  const font = { name: 'Times New Roman', size: 12 };
  const put = (
    range: string,
    value: string,
    style: { bold?: boolean; italic?: boolean; size?: number } = {},
  ) => {
    sheet.mergeCells(range);
    const cell = sheet.getCell(range.split(':')[0] ?? range);
    cell.value = value;
    cell.font = { ...font, ...style };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  put('A1:C1', doc.office, { bold: true });
  put(`D1:${LAST}1`, labels.nation, { bold: true });
  put('A2:C2', labels.number);
  put(`D2:${LAST}2`, labels.motto, { bold: true });
  put(`D3:${LAST}3`, doc.placeDate, { italic: true });
  put(`A5:${LAST}5`, doc.heading, { bold: true, size: 14 });
  put(`A6:${LAST}6`, doc.subject, { bold: true });
  sheet.getRow(6).height = 34;
  put(`A7:${LAST}7`, doc.period, { bold: true });
  put(`A8:${LAST}8`, doc.range, { italic: true });
  put(`A9:${LAST}9`, doc.unit);
  put(`A11:${LAST}11`, labels.tableTitle, { bold: true });

  const thin = { style: 'thin' as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const header = sheet.getRow(12);
  header.values = [...labels.columns];
  header.eachCell((cell) => {
    cell.font = { ...font, bold: true };
    cell.border = border;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } };
  });
  header.height = 32;
  doc.rows.forEach((r, i) => {
    const row = sheet.getRow(13 + i);
    row.values = [r.no, r.code, r.name, r.target, r.result, r.detail, r.ofTarget, r.notes];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = font;
      cell.border = border;
      cell.alignment = {
        vertical: 'middle',
        wrapText: true,
        horizontal: col === 3 || col === 8 ? 'left' : 'center',
      };
    });
    row.height = 62;
  });
  let next = 13 + doc.rows.length + 1;
  put(`A${next}:${LAST}${next}`, doc.suppressionNote, { italic: true, size: 11 });
  sheet.getCell(`A${next}`).alignment = { horizontal: 'left', wrapText: true };
  // Cases by unit and sex, as published on the page: text cells, hidden figures already "< n" or "x".
  next += 2;
  put(`A${next}:${LAST}${next}`, labels.breakdownTitle, { bold: true });
  sheet.getCell(`A${next}`).alignment = { horizontal: 'left' };
  next += 1;
  const lines = [
    [labels.breakdownUnit, ...breakdown.columns],
    ...breakdown.rows.map((r) => [r.label, ...r.cells]),
    [labels.breakdownTotals, ...breakdown.totals],
  ];
  lines.forEach((values, i) => {
    const row = sheet.getRow(next + i);
    // The unit's name spans B:C; each figure takes one of the columns D…H.
    sheet.mergeCells(`A${next + i}:C${next + i}`);
    row.getCell(1).value = values[0] ?? '';
    values.slice(1).forEach((v, k) => {
      row.getCell(4 + k).value = v;
    });
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col > 3 + values.length - 1) return;
      cell.font = { ...font, bold: i === 0 || i === lines.length - 1 };
      cell.border = border;
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: col <= 3 ? 'left' : 'center' };
    });
  });
  next += lines.length;
  if (breakdown.note !== '') {
    put(`A${next}:${LAST}${next}`, breakdown.note, { italic: true, size: 11 });
    sheet.getCell(`A${next}`).alignment = { horizontal: 'left', wrapText: true };
    sheet.getRow(next).height = 32;
    next += 1;
  }
  next += 1;
  put(`A${next}:C${next}`, labels.recipients, { bold: true, italic: true });
  sheet.getCell(`A${next}`).alignment = { horizontal: 'left' };
  put(`E${next}:${LAST}${next}`, labels.signer, { bold: true });
  next += 1;
  put(`A${next}:C${next + 1}`, labels.recipientList, { size: 11 });
  sheet.getCell(`A${next}`).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  put(`E${next}:${LAST}${next}`, labels.signHint, { italic: true });
  return workbookBytes(book);
}

/** Kept for the DHIS2 page until it imports renderer/ui/xlsx itself (its owner is changing it now). */
export { download } from '../../ui/xlsx';
