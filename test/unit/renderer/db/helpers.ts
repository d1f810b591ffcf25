import { type BinhAnStore, openStore } from '../../../../renderer/db';
import { BinhAnDb } from '../../../../renderer/db/database';
import type { CaseInput } from '../../../../shared/model';

export const ADMIN_PASSPHRASE = 'mật khẩu rất dài 2025';

/** A fresh database per test (a fresh data dir, as in the e2e tests). */
export async function freshStore(): Promise<{ store: BinhAnStore; name: string; recoveryKey: string }> {
  const name = `binhan-test-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  const { recoveryKey } = await store.auth.setup({
    office: { unitCode: '502', name: 'Phòng LĐ-TB&XH Tam Kỳ', role: 'district', provinceCode: '49' },
    admin: {
      username: 'admin',
      displayName: 'Quản trị viên',
      passphrase: ADMIN_PASSPHRASE,
      roles: ['administrator', 'case_worker'],
    },
  });
  return { store, name, recoveryKey };
}

export function sampleCase(overrides: Partial<CaseInput> = {}): CaseInput {
  return {
    reportDate: '2024-03-15',
    incidentDate: '2024-03-10',
    incidentUnit: '502',
    gbvType: 'physical_assault',
    context: 'family',
    survivor: { sex: 'female', age: 34, disability: 'no', ethnicity: 'Kinh' },
    perpetrator: { relationship: 'intimate_partner', sex: 'male', ageGroup: '26-40' },
    referralSource: 'hotline_111',
    soughtHelpFromProvider: true,
    needs: ['health', 'psychosocial'],
    consent: { services: true, referral: true, deidentifiedReporting: true },
    status: 'open',
    identity: {
      fullName: 'Nguyễn Thị Hoà',
      phone: '0905 123 456',
      address: '12 Phan Châu Trinh, Tam Kỳ',
      idNumbers: ['049123456789'],
      birthYear: 1990,
      narrative: 'Bị chồng đánh nhiều lần.',
    },
    ...overrides,
  };
}

/** Deletes a test database. */
export async function dropDatabase(store: BinhAnStore, name: string): Promise<void> {
  store.close();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}

/**
 * A second, raw connection to a test database, as a colleague with DevTools would have: for
 * asserting what is stored and for tampering. The store itself offers no way to its tables.
 */
export async function rawDb(name: string): Promise<BinhAnDb> {
  const db = new BinhAnDb(name);
  await db.open();
  return db;
}

/**
 * Rewrites database `name` as schema step `version` left it: deletes it and writes `rows` (table →
 * rows, as copied from a real store) into a fresh database at that version, `shape` adjusting each
 * table's rows to what that step stored. For migration tests: write at n−1, reopen at n.
 */
export async function writeAtVersion(
  name: string,
  version: number,
  rows: Record<string, readonly unknown[]>,
  shape: (table: string, rows: readonly unknown[]) => readonly unknown[] = (_t, r) => r,
): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
  const old = new BinhAnDb(name, { version });
  await old.open();
  for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd([...shape(table, list)]);
  old.close();
}

/** Every row of `tables`, through a raw connection. */
export async function copyRows(name: string, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const db = await rawDb(name);
  const out = Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const)),
  );
  db.close();
  return out;
}

/** Adds communes `codes` under `parent` (the tests' own small unit trees). */
export async function addCommunes(
  store: BinhAnStore,
  codes: readonly string[],
  parent: string,
): Promise<void> {
  for (const code of codes)
    await store.units.create({
      code,
      name: `Xã ${code}`,
      level: 'commune',
      kind: 'commune',
      parentCode: parent,
      validFrom: null,
      validTo: null,
    });
}
