import type { SurvivorIdentity } from '../../../../shared/model';
import type { CaseRow } from './case-rows';

export type ExportLabels = {
  sheet: string;
  headers: string[];
  identityHeaders: string[];
  cells: (row: CaseRow) => (string | number)[];
};

/**
 * The filtered list as an .xlsx workbook. Identity columns appear only when `identities` is given —
 * the caller fetched them through `store.cases.reveal` (audited per case) after the user confirmed.
 */
export async function exportCases(
  rows: readonly CaseRow[],
  labels: ExportLabels,
  identities: ReadonlyMap<string, SurvivorIdentity> | null,
): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bình An';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(labels.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = identities === null ? labels.headers : [...labels.headers, ...labels.identityHeaders];
  sheet.addRow(headers);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const cells = labels.cells(row);
    if (identities !== null) {
      const identity = identities.get(row.id);
      cells.push(
        identity?.fullName ?? '',
        identity?.phone ?? '',
        identity?.address ?? '',
        identity?.birthYear ?? '',
      );
    }
    sheet.addRow(cells);
  }
  sheet.columns.forEach((column, index) => {
    column.width = Math.max(12, (headers[index]?.length ?? 10) + 4);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Hands a file to the browser's download (the web host) or Electron's save prompt. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
