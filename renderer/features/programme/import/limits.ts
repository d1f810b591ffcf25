/**
 * What an imported sheet may cost. Lists of units or participants are a few thousand rows of a few
 * columns; the limits sit far above that and far below what would freeze the app: a hostile
 * 300 KiB .xlsx once cost 764 MiB inside exceljs, and 20 MB of line breaks made 20 million rows.
 * exceljs holds about 0.5 KiB per cell (1 million cells: 570 MiB and 10 s), so cells are counted
 * in the sheet's XML before exceljs is given the file.
 */
export const IMPORT_LIMITS = {
  /** The chosen file as it is on disk. */
  maxFileMb: 20,
  /** All entries of an .xlsx (a zip) once unpacked, checked before exceljs sees the file. */
  maxUnpackedMb: 32,
  /** Rows of the sheet, blank ones included (they keep the row numbers the officer sees). */
  maxRows: 20_000,
  maxColumns: 200,
  /** Cells of a sheet (an .xlsx's `<c>` elements, a CSV's fields). */
  maxCells: 300_000,
};
export type ImportLimits = typeof IMPORT_LIMITS;

export type SheetLimit = 'unpacked' | 'rows' | 'columns' | 'cells';

/** A file over one of the limits: refused with a message that names the limit, not "unreadable". */
export class SheetLimitError extends Error {
  override name = 'SheetLimitError';
  constructor(
    readonly limit: SheetLimit,
    readonly max: number,
  ) {
    super(`sheet over the ${limit} limit (${max})`);
  }
}
