import { z } from 'zod';
import { SHARED_SCHEMAS, SHARED_TYPES, type SharedType } from './shared-records';

/** A data bundle's whole payload: only the shared types, each an array of rows of its exact schema. */
export const sharedRecordsSchema = z.strictObject(
  Object.fromEntries(
    Object.values(SHARED_TYPES).map((type) => [type, z.array(SHARED_SCHEMAS[type]).optional()]),
  ) as { [T in SharedType]: z.ZodOptional<z.ZodArray<(typeof SHARED_SCHEMAS)[T]>> },
);

export type CheckedSharedRecords = z.infer<typeof sharedRecordsSchema>;

export type SharedCheck =
  | { ok: true; records: CheckedSharedRecords }
  /** `where` names the type, row and field (`cases[3].hoTen`); never a value. */
  | { ok: false; where: string; problem: string };

/**
 * The second lock on what leaves an office, shared by main's `bundles:createData` and `binhan demo`:
 * the payload must match the information-sharing rule's schemas exactly (an allow-list of types,
 * fields and value types), so a name, a phone or a narrative is refused under any field name.
 */
export function checkShared(records: unknown): SharedCheck {
  const parsed = sharedRecordsSchema.safeParse(records);
  if (parsed.success) return { ok: true, records: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  const keys = issue?.code === 'unrecognized_keys' ? issue.keys : [];
  // Field names are echoed so the developer sees which one; anything that is not a plain identifier
  // (a counter named after a person, a key with spaces or diacritics) is not.
  const where = [...path, ...keys.slice(0, 1)]
    .map((p, i) => {
      if (typeof p === 'number') return `[${p}]`;
      const name = typeof p === 'string' && /^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(p) ? p : '…';
      return i === 0 ? name : `.${name}`;
    })
    .join('');
  const problem =
    issue === undefined
      ? 'không hợp lệ'
      : issue.code === 'unrecognized_keys'
        ? 'trường không có trong danh sách được phép gửi'
        : issue.code === 'custom'
          ? issue.message
          : 'giá trị không đúng loại được phép gửi';
  return { ok: false, where: where === '' ? 'records' : where, problem };
}
