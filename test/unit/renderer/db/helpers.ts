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
