import {
  PERSON_CATEGORIES,
  type PersonCategory,
  type PersonInput,
  personFieldsSchema,
  type UnitRecord,
  unitValidOn,
} from '../../../../shared/model';
import { foldVietnamese } from '../../../../shared/text/fold';
import { issuesToErrors, type RowError } from '../../../ui/import-errors';
import { headerKey } from '../import/cells';

/** What an attendance list can tell about a participant, with the headers each is recognised by. */
export const PARTICIPANT_FIELDS = {
  fullName: ['ho va ten', 'ho ten', 'ho va ten hoc vien', 'hoc vien', 'full name', 'name', 'ten'],
  sex: ['gioi tinh', 'gioi', 'nam nu', 'sex', 'gender'],
  birthYear: ['nam sinh', 'ngay sinh', 'ngay thang nam sinh', 'birth year', 'year of birth'],
  position: ['chuc vu', 'chuc danh', 'position', 'title'],
  unit: ['don vi', 'don vi cong tac', 'noi cong tac', 'co quan', 'co quan don vi', 'unit'],
  category: ['doi tuong', 'nhom doi tuong', 'thanh phan', 'category'],
} as const;
export type ParticipantField = keyof typeof PARTICIPANT_FIELDS;
export const PARTICIPANT_FIELD_NAMES = Object.keys(PARTICIPANT_FIELDS) as ParticipantField[];
/** Column index per field, or null when the list has no such column. */
export type ColumnMapping = Record<ParticipantField, number | null>;

export const isParticipantHeader = (header: string): boolean => {
  const key = headerKey(header);
  return PARTICIPANT_FIELD_NAMES.some((field) =>
    (PARTICIPANT_FIELDS[field] as readonly string[]).includes(key),
  );
};

/**
 * Guesses which column holds what from the header row: exact header names first, then headers that
 * contain a known name ("Họ và tên học viên (*)"), each column used at most once.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const keys = headers.map(headerKey);
  const mapping: ColumnMapping = {
    fullName: null,
    sex: null,
    birthYear: null,
    position: null,
    unit: null,
    category: null,
  };
  const used = new Set<number>();
  const assign = (matches: (key: string, alias: string) => boolean) => {
    for (const field of PARTICIPANT_FIELD_NAMES) {
      if (mapping[field] !== null) continue;
      for (const alias of PARTICIPANT_FIELDS[field]) {
        const index = keys.findIndex((key, i) => !used.has(i) && matches(key, alias));
        if (index >= 0) {
          mapping[field] = index;
          used.add(index);
          break;
        }
      }
    }
  };
  assign((key, alias) => key === alias);
  assign((key, alias) => alias.length > 3 && ` ${key} `.includes(` ${alias} `));
  return mapping;
}

export type UnitName = { code: string; name: string };
export type ParticipantContext = {
  units: readonly UnitName[];
  /** The training's unit: used when the list names no unit, or one the register does not know. */
  defaultUnit: string;
  /** Used when the list has no category column or the cell is empty. */
  defaultCategory: PersonCategory;
};
export type ParsedParticipant = {
  line: number;
  /** Validated person fields, or null when the row has errors. */
  person: PersonInput | null;
  fullName: string;
  /** The unit the row is credited to, and whether the list itself named it. */
  unitCode: string;
  unitGiven: boolean;
  errors: RowError[];
  /** Notes that do not stop the import (a unit that was not recognised). */
  warnings: RowError[];
};

const SEX_WORDS: Record<string, PersonInput['sex']> = {
  nam: 'male',
  male: 'male',
  m: 'male',
  nu: 'female',
  female: 'female',
  f: 'female',
  khac: 'other',
  other: 'other',
};

/** Category from the words officers write in the "Đối tượng" column; most specific phrases first. */
const CATEGORY_PHRASES: readonly [string, PersonCategory][] = [
  ['binh dang gioi', 'gender_equality_staff'],
  ['cong tac vien', 'collaborator'],
  ['ctv', 'collaborator'],
  ['tinh nguyen', 'volunteer'],
  ['giao vien', 'teacher'],
  ['can bo', 'official'],
  ['cong chuc', 'official'],
  ['vien chuc', 'official'],
  ['chinh quyen', 'official'],
  ['lanh dao', 'official'],
  ['khac', 'other'],
];

export function parseCategory(text: string): PersonCategory | null {
  const key = foldVietnamese(text).replace(/[^a-z0-9 _]/g, ' ');
  if ((PERSON_CATEGORIES as readonly string[]).includes(key.trim())) return key.trim() as PersonCategory;
  const padded = ` ${key.replace(/\s+/g, ' ').trim()} `;
  return CATEGORY_PHRASES.find(([phrase]) => padded.includes(` ${phrase} `))?.[1] ?? null;
}

const UNIT_PREFIXES = /^(ubnd|uy ban nhan dan|tinh|thanh pho|tp|thi xa|tx|huyen|xa|phuong|thi tran|tt)\s+/;

/**
 * The unit a cell names: its code, its name ("Tam Kỳ", "huyện Thăng Bình"), or a longer office name
 * that ends with or contains it ("Phòng Văn hoá – Thông tin huyện Thăng Bình"). Longest name wins.
 */
export function resolveUnit(text: string, units: readonly UnitName[]): string | null {
  const key = foldVietnamese(text)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (key === '') return null;
  const byCode = units.find((unit) => unit.code.toLowerCase() === key);
  if (byCode !== undefined) return byCode.code;
  let stripped = key;
  while (UNIT_PREFIXES.test(stripped)) stripped = stripped.replace(UNIT_PREFIXES, '');
  let best: UnitName | null = null;
  let bestLength = 0;
  for (const unit of units) {
    const name = foldVietnamese(unit.name);
    if (name === stripped || ` ${key} `.includes(` ${name} `)) {
      if (name.length > bestLength) {
        best = unit;
        bestLength = name.length;
      }
    }
  }
  return best?.code ?? null;
}

function parseBirthYear(text: string): number | undefined | 'invalid' {
  const value = text.trim();
  if (value === '') return undefined;
  const match = /(?:^|\D)(\d{4})$/.exec(value);
  return match?.[1] === undefined ? 'invalid' : Number(match[1]);
}

/** One attendance-list row → person fields, with every problem attached to its column. */
export function parseParticipantRow(
  row: readonly string[],
  line: number,
  mapping: ColumnMapping,
  context: ParticipantContext,
): ParsedParticipant {
  const cell = (field: ParticipantField): string => {
    const index = mapping[field];
    return index === null ? '' : (row[index] ?? '').trim().replace(/\s+/g, ' ');
  };
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  const fullName = cell('fullName');

  const sexText = cell('sex');
  const sex = SEX_WORDS[foldVietnamese(sexText)];
  if (sex === undefined)
    errors.push(
      sexText === ''
        ? { column: 'sex', key: 'programme.training.import.noSex' }
        : { column: 'sex', key: 'programme.training.import.badSex', values: { value: sexText } },
    );

  const categoryText = cell('category');
  let category = context.defaultCategory;
  if (categoryText !== '') {
    const parsed = parseCategory(categoryText);
    if (parsed === null)
      errors.push({
        column: 'category',
        key: 'programme.training.import.badCategory',
        values: { value: categoryText },
      });
    else category = parsed;
  }

  const unitText = cell('unit');
  let unitCode = context.defaultUnit;
  let unitGiven = false;
  if (unitText !== '') {
    const resolved = resolveUnit(unitText, context.units);
    if (resolved === null)
      warnings.push({
        column: 'unit',
        key: 'programme.training.import.unknownUnit',
        values: { value: unitText },
      });
    else {
      unitCode = resolved;
      unitGiven = true;
    }
  }

  const birthYear = parseBirthYear(cell('birthYear'));
  if (birthYear === 'invalid') errors.push({ column: 'birthYear', key: 'store.validation.invalid' });

  const input = {
    fullName,
    sex,
    unitCode,
    category,
    position: cell('position') || undefined,
    birthYear: birthYear === 'invalid' ? undefined : birthYear,
  };
  const result = personFieldsSchema.safeParse(input);
  if (!result.success) errors.push(...issuesToErrors(result.error, errors));
  return {
    line,
    person: errors.length === 0 && result.success ? result.data : null,
    fullName,
    unitCode,
    unitGiven,
    errors,
    warnings,
  };
}

/**
 * The units a participant's "Đơn vị" cell may name, in order of preference (the first of equally
 * good matches wins): the training's own unit and the units below it, whatever their dates (a
 * former district's office keeps its own communes), then any other unit that existed on the
 * training's day — so "Tam Kỳ" in March 2025 is the former city, in 2026 today's ward, unless the
 * office is Tam Kỳ's own.
 */
export function candidateUnits<U extends UnitRecord>(units: readonly U[], own: string, day: string): U[] {
  const parents = new Map(units.map((u) => [u.code, u.parentCode]));
  const under = (code: string) => {
    for (let at: string | null | undefined = code, n = 0; at != null && n < 10; at = parents.get(at), n += 1)
      if (at === own) return true;
    return false;
  };
  const mine = units.filter((u) => under(u.code));
  return [...mine, ...units.filter((u) => !under(u.code) && unitValidOn(u, day))];
}
