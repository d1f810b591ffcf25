import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../renderer/db';
import { BinhAnDb } from '../../../../../renderer/db/database';
import { ADMIN_PASSPHRASE, dropDatabase, freshStore, rawDb, sampleCase } from '../helpers';

describe('schema step v2 (case month)', () => {
  it("opens a v1 database written by an older release and fills every case's month", async () => {
    const { store, name } = await freshStore();
    const created = await store.cases.create(
      sampleCase({ reportDate: '2023-11-02', incidentDate: '2023-11-01' }),
    );
    const v2Row = await (await rawDb(name)).cases.get(created.id);
    store.close();
    // Recreate the database as v1 had it: the same row without the v2 field.
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
    });
    const v1 = new BinhAnDb(name, { version: 1 });
    await v1.open();
    expect(v1.verno).toBe(1);
    expect(v1.tables.map((t) => t.name)).not.toContain('drafts');
    if (v2Row === undefined) throw new Error('case not written');
    const { month: _month, ...v1Row } = v2Row;
    await v1.table('cases').add(v1Row);
    v1.close();

    const latest = new BinhAnDb(name, { version: 2 });
    await latest.open();
    expect(latest.verno).toBe(2);
    const upgraded = await latest.cases.get(created.id);
    expect(upgraded?.month).toBe('2023-11');
    expect(await latest.cases.where('[incidentUnit+month]').equals(['502', '2023-11']).count()).toBe(1);
    expect(upgraded?.vault.ct).toEqual(v2Row.vault.ct);
    latest.close();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
    });
  });

  it('a store reopened after a restart keeps its office, users and data', async () => {
    const { store, name } = await freshStore();
    await store.cases.create(sampleCase());
    store.close();
    const reopened = await openStore({ name });
    expect(await reopened.auth.status()).toBe('ready');
    expect(reopened.office?.unitCode).toBe('502');
    expect(reopened.persistence.supported).toBe(true);
    expect(typeof reopened.persistence.persisted).toBe('boolean');
    await reopened.auth.login('admin', ADMIN_PASSPHRASE);
    expect(await reopened.cases.list()).toHaveLength(1);
    await dropDatabase(reopened, name);
  });
});
