import type { SurvivorIdentity } from '../../../../shared/model';
import { addTableSheet, newWorkbook, workbookBytes, XLSX_TYPE } from '../../../ui/xlsx';
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
  const headers = identities === null ? labels.headers : [...labels.headers, ...labels.identityHeaders];
  const cells = rows.map((row) => {
    const line = labels.cells(row);
    if (identities === null) return line;
    const identity = identities.get(row.id);
    return [
      ...line,
      identity?.fullName ?? '',
      identity?.phone ?? '',
      identity?.address ?? '',
      identity?.birthYear ?? '',
    ];
  });
  const book = await newWorkbook();
  addTableSheet(book, labels.sheet, headers, cells, 'heading');
  return new Blob([(await workbookBytes(book)).slice()], { type: XLSX_TYPE });
}
