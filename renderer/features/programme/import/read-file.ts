import { parseCsv } from './csv';
import { readXlsx } from './xlsx';

export const MAX_IMPORT_MB = 20;

export class ImportFileError extends Error {
  constructor(
    readonly key: 'programme.import.unreadable' | 'programme.import.empty' | 'programme.import.tooLarge',
    readonly values: Record<string, string>,
  ) {
    super(key);
  }
}

/** A chosen .xlsx or .csv as rows of text; says in Vietnamese why a file cannot be read. */
export async function readSheetFile(file: File): Promise<string[][]> {
  if (file.size > MAX_IMPORT_MB * 1024 * 1024)
    throw new ImportFileError('programme.import.tooLarge', { max: String(MAX_IMPORT_MB) });
  let rows: string[][];
  try {
    const data = await file.arrayBuffer();
    rows = /\.csv$/i.test(file.name)
      ? parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(data))
      : await readXlsx(data);
  } catch {
    throw new ImportFileError('programme.import.unreadable', { name: file.name });
  }
  if (rows.filter((row) => row.length > 0).length < 2)
    throw new ImportFileError('programme.import.empty', {});
  return rows;
}
