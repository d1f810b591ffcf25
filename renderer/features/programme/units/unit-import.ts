import {
  UNIT_KINDS,
  UNIT_LEVELS,
  type UnitFields,
  type UnitLevel,
  unitFieldsSchema,
} from '../../../../shared/model';
import { foldVietnamese } from '../../../../shared/text/fold';
import { issuesToErrors, type RowError } from '../../../ui/import-errors';
import { findHeaderRow, headerKey, isBlankRow, parseDayCell, splitCodes } from '../import/cells';

/** The columns of a unit list, each with the headers it is recognised by (folded, Vietnamese first). */
export const UNIT_COLUMNS = {
  code: ['ma', 'ma don vi', 'ma dvhc', 'code'],
  name: ['ten', 'ten don vi', 'ten dvhc', 'name'],
  level: ['cap', 'cap hanh chinh', 'level'],
  parentCode: ['ma cap tren', 'ma don vi cap tren', 'parent code', 'parent'],
  validFrom: ['hieu luc tu', 'tu ngay', 'ngay hieu luc', 'valid from'],
  validTo: ['hieu luc den', 'den ngay', 'het hieu luc', 'valid to'],
  successorCodes: ['ma ke thua', 'ma don vi ke thua', 'don vi ke thua', 'successor codes', 'successors'],
  kind: ['loai', 'loai don vi', 'kind'],
} as const;
export type UnitColumn = keyof typeof UNIT_COLUMNS;
const REQUIRED: readonly UnitColumn[] = ['code', 'name', 'level'];

export type UnitImportRow = {
  /** The row's line in the file (1-based, as the spreadsheet numbers it). */
  line: number;
  code: string;
  name: string;
  fields: UnitFields | null;
  action: 'create' | 'update' | 'unchanged' | null;
  errors: RowError[];
};
export type UnitImportPreview = { missingColumns: UnitColumn[]; rows: UnitImportRow[]; invalid: number };
export type KnownUnit = Pick<
  UnitFields,
  'code' | 'name' | 'level' | 'kind' | 'parentCode' | 'validFrom' | 'validTo' | 'successorCodes'
>;

const RANK: Record<UnitLevel, number> = { province: 0, district: 1, commune: 2 };

const LEVEL_WORDS: Record<string, UnitLevel> = {
  tinh: 'province',
  'cap tinh': 'province',
  huyen: 'district',
  'cap huyen': 'district',
  xa: 'commune',
  'cap xa': 'commune',
};
const KIND_WORDS: Record<string, (typeof UNIT_KINDS)[number]> = {
  tinh: 'province',
  'thanh pho': 'city',
  'thi xa': 'town',
  huyen: 'district',
  phuong: 'ward',
  xa: 'commune',
  'thi tran': 'township',
};
const DEFAULT_KIND: Record<UnitLevel, (typeof UNIT_KINDS)[number]> = {
  province: 'province',
  district: 'district',
  commune: 'commune',
};

const columnOf = (header: string): UnitColumn | undefined => {
  const key = headerKey(header);
  return (Object.keys(UNIT_COLUMNS) as UnitColumn[]).find((column) =>
    (UNIT_COLUMNS[column] as readonly string[]).includes(key),
  );
};

function parseLevel(text: string): UnitLevel | 'invalid' {
  const key = foldVietnamese(text);
  if ((UNIT_LEVELS as readonly string[]).includes(key)) return key as UnitLevel;
  return LEVEL_WORDS[key] ?? 'invalid';
}

function parseKind(text: string, level: UnitLevel | 'invalid'): string {
  const key = foldVietnamese(text);
  if (key === '') return level === 'invalid' ? '' : DEFAULT_KIND[level];
  if ((UNIT_KINDS as readonly string[]).includes(key)) return key;
  return KIND_WORDS[key] ?? key;
}

const sameUnit = (a: KnownUnit, b: UnitFields): boolean =>
  a.name === b.name &&
  a.level === b.level &&
  a.kind === b.kind &&
  a.parentCode === b.parentCode &&
  a.validFrom === b.validFrom &&
  a.validTo === b.validTo &&
  a.successorCodes.join(',') === b.successorCodes.join(',');

/**
 * Checks a unit list (CSV or .xlsx rows) against itself and the units already in the store, before
 * anything is written: every cell, duplicate codes, parents and successors that exist (in the file or
 * the store), and a parent one level above. Each row says what it would do: create, update or nothing.
 */
export function previewUnitImport(
  rows: readonly string[][],
  existing: readonly KnownUnit[],
): UnitImportPreview {
  const headerIndex = findHeaderRow(rows, (cell) => columnOf(cell) !== undefined);
  const header = rows[headerIndex] ?? [];
  const positions = new Map<UnitColumn, number>();
  header.forEach((cell, index) => {
    const column = columnOf(cell);
    if (column !== undefined && !positions.has(column)) positions.set(column, index);
  });
  const missingColumns = REQUIRED.filter((column) => !positions.has(column));
  if (missingColumns.length > 0) return { missingColumns, rows: [], invalid: 0 };

  const cell = (row: readonly string[], column: UnitColumn): string => {
    const index = positions.get(column);
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  const drafts: { parentCode: string | null; level: UnitLevel | undefined; successorCodes: string[] }[] = [];
  const body = rows
    .slice(headerIndex + 1)
    .map((row, offset) => ({ row, line: headerIndex + offset + 2 }))
    .filter(({ row }) => !isBlankRow(row));
  const parsed = body.map(({ row, line }): UnitImportRow => {
    const errors: RowError[] = [];
    const level = parseLevel(cell(row, 'level'));
    if (level === 'invalid') errors.push({ column: 'level', key: 'programme.units.import.badLevel' });
    const day = (column: 'validFrom' | 'validTo'): string | null => {
      const value = parseDayCell(cell(row, column));
      if (value !== 'invalid') return value;
      errors.push({ column, key: 'store.validation.invalidDate' });
      return null;
    };
    const input = {
      code: cell(row, 'code'),
      name: cell(row, 'name'),
      level: level === 'invalid' ? undefined : level,
      kind: parseKind(cell(row, 'kind'), level),
      parentCode: cell(row, 'parentCode') || null,
      validFrom: day('validFrom'),
      validTo: day('validTo'),
      successorCodes: splitCodes(cell(row, 'successorCodes')),
    };
    drafts.push(input);
    const result = unitFieldsSchema.safeParse(input);
    // An empty kind is derived from the level; if the level is wrong, that error says it all.
    const derivedKind = cell(row, 'kind') === '' ? [{ column: 'kind', key: '' }] : [];
    if (!result.success) errors.push(...issuesToErrors(result.error, [...errors, ...derivedKind]));
    return {
      line,
      code: input.code,
      name: input.name,
      fields: result.success ? result.data : null,
      action: null,
      errors,
    };
  });

  const known = new Map<string, KnownUnit>(existing.map((unit) => [unit.code, unit]));
  const inFile = new Map<string, UnitImportRow>();
  for (const row of parsed) {
    if (row.code === '') continue;
    const first = inFile.get(row.code);
    if (first === undefined) inFile.set(row.code, row);
    else
      row.errors.push({
        column: 'code',
        key: 'programme.units.import.duplicateCode',
        values: { line: String(first.line) },
      });
  }
  const levelOf = (code: string): UnitLevel | undefined =>
    inFile.get(code)?.fields?.level ?? known.get(code)?.level;

  // Links are checked on every row, valid or not, so one pass over the preview shows every problem.
  parsed.forEach((row, index) => {
    const draft = drafts[index];
    if (draft === undefined) return;
    if (draft.parentCode !== null) {
      const parentLevel = levelOf(draft.parentCode);
      if (draft.parentCode === row.code)
        row.errors.push({ column: 'parentCode', key: 'programme.units.import.parentSelf' });
      else if (parentLevel === undefined)
        row.errors.push({
          column: 'parentCode',
          key: 'programme.units.import.parentUnknown',
          values: { code: draft.parentCode },
        });
      else if (draft.level !== undefined && RANK[parentLevel] >= RANK[draft.level])
        row.errors.push({ column: 'parentCode', key: 'programme.units.import.parentLevel' });
    }
    for (const successor of draft.successorCodes) {
      if (!inFile.has(successor) && !known.has(successor))
        row.errors.push({
          column: 'successorCodes',
          key: 'programme.units.import.successorUnknown',
          values: { code: successor },
        });
    }
    const fields = row.fields;
    if (fields === null || row.errors.length > 0) return;
    const before = known.get(fields.code);
    row.action = before === undefined ? 'create' : sameUnit(before, fields) ? 'unchanged' : 'update';
  });
  return { missingColumns: [], rows: parsed, invalid: parsed.filter((row) => row.errors.length > 0).length };
}
