import type { BundleRecords } from '../bundle/payload';

/**
 * Field names that only survivor-identifying data uses (shared/model/case.ts, survivorIdentitySchema,
 * and the sealed `vault`). The renderer de-identifies what leaves; main refuses a data bundle that
 * still carries any of these names at any depth, as a second lock on the same door.
 */
export const IDENTIFYING_FIELDS: ReadonlySet<string> = new Set([
  'vault',
  'fullName',
  'phone',
  'address',
  'idNumbers',
  'narrative',
  'birthYear',
]);

/** The first identifying field name found, as `type.field`, or null. */
export function findIdentifyingField(records: BundleRecords): string | null {
  for (const [type, rows] of Object.entries(records)) {
    for (const row of rows) {
      const hit = search(row, 0);
      if (hit !== null) return `${type}.${hit}`;
    }
  }
  return null;
}

function search(value: unknown, depth: number): string | null {
  if (depth > 32 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const hit = search(v, depth + 1);
      if (hit !== null) return hit;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value)) {
    if (IDENTIFYING_FIELDS.has(key)) return key;
    const hit = search(v, depth + 1);
    if (hit !== null) return `${key}.${hit}`;
  }
  return null;
}
