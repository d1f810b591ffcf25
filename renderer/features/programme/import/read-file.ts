import { fileName } from '../../../../shared/model/fields';
import { ImportFileError } from '../../../ui/import-errors';
import { parseCsv } from './csv';
import { IMPORT_LIMITS, type ImportLimits, type SheetLimit, SheetLimitError } from './limits';
import { readXlsx } from './xlsx';

type ImportFileKey =
  | 'programme.import.unreadable'
  | 'programme.import.empty'
  | 'programme.import.tooLarge'
  | 'programme.import.tooLargeUnpacked'
  | 'programme.import.tooManyRows'
  | 'programme.import.tooManyColumns'
  | 'programme.import.tooManyCells'
  | 'programme.import.disguisedName';

const LIMIT_KEYS: Record<SheetLimit, ImportFileKey> = {
  unpacked: 'programme.import.tooLargeUnpacked',
  rows: 'programme.import.tooManyRows',
  columns: 'programme.import.tooManyColumns',
  cells: 'programme.import.tooManyCells',
};

/**
 * A chosen .xlsx or .csv as rows of text; says in Vietnamese why a file cannot be read. A hostile
 * file costs little: the file's size, an .xlsx's unpacked size, rows, columns and cells are capped
 * (limits.ts) and checked before the work they would cost.
 */
export async function readSheetFile(file: File, limits: ImportLimits = IMPORT_LIMITS): Promise<string[][]> {
  // A name with a bidirectional control shows as another name (and type) in the messages below.
  if (!fileName().safeParse(file.name).success)
    throw new ImportFileError('programme.import.disguisedName', {});
  if (file.size > limits.maxFileMb * 1024 * 1024)
    throw new ImportFileError('programme.import.tooLarge', { max: String(limits.maxFileMb) });
  let rows: string[][];
  try {
    const data = await file.arrayBuffer();
    rows = /\.csv$/i.test(file.name)
      ? parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(data), limits)
      : await readXlsx(data, limits);
  } catch (error) {
    if (error instanceof SheetLimitError)
      throw new ImportFileError(LIMIT_KEYS[error.limit], { max: String(error.max) });
    throw new ImportFileError('programme.import.unreadable', { name: file.name });
  }
  if (rows.filter((row) => row.length > 0).length < 2)
    throw new ImportFileError('programme.import.empty', {});
  return rows;
}
