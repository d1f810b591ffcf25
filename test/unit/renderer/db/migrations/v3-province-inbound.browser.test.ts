import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../renderer/db';
import { BinhAnDb } from '../../../../../renderer/db/database';
import { ADMIN_PASSPHRASE, copyRows, freshStore, sampleCase, writeAtVersion } from '../helpers';

const drop = (name: string) =>
  new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });

describe('schema step v3 (province inbound tables)', () => {
  it('opens an office database written at v2 and keeps every row, with the province tables ready', async () => {
    // An office as v2 left it: its rows copied out of a real store, written into a v2 database.
    const { store, name } = await freshStore();
    await store.cases.create(sampleCase());
    const tables = ['kv', 'users', 'units', 'cases', 'plans', 'audit', 'aggregates'] as const;
    const rows = await copyRows(name, tables);
    store.close();
    await writeAtVersion(name, 2, rows);

    const v3 = new BinhAnDb(name, { version: 3 });
    await v3.open();
    expect(v3.verno).toBe(3);
    for (const t of tables) expect(await v3.table(t).count()).toBe(rows[t]?.length);
    expect(await v3.inbound.count()).toBe(0);
    await v3.inbound.put({ origin: '502', type: 'x', id: '1', rev: 1, removed: false, row: {} });
    expect(await v3.inbound.where('origin').equals('502').count()).toBe(1);
    v3.close();

    // And the office carries on: same administrator, same case, an audit chain that verifies.
    const reopened = await openStore({ name });
    await reopened.auth.login('admin', ADMIN_PASSPHRASE);
    expect(await reopened.cases.list()).toHaveLength(1);
    expect(await reopened.audit.verify()).toMatchObject({ ok: true });
    reopened.close();
    await drop(name);
  });
});
