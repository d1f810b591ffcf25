import type { z } from 'zod';

/** One problem in one cell of an imported row: an i18n key (store.validation.* or programme.*) and its values. */
export type RowError = { column: string; key: string; values?: Record<string, string> };

/**
 * zod issues of a row's fields as row errors, each on the column named by the issue's first path
 * segment; a column that already has a more precise error (from parsing the cell) keeps only that one.
 */
export function issuesToErrors(error: z.ZodError, already: readonly RowError[] = []): RowError[] {
  const out: RowError[] = [];
  for (const issue of error.issues) {
    const column = String(issue.path[0] ?? '');
    if (already.some((e) => e.column === column) || out.some((e) => e.column === column)) continue;
    out.push({
      column,
      key: issue.message.startsWith('store.') ? issue.message : 'store.validation.invalid',
    });
  }
  return out;
}

/** Why a chosen file cannot be imported: an i18n key (the file reader's) and the values it names. */
export class ImportFileError extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string>,
  ) {
    super(key);
  }
}
