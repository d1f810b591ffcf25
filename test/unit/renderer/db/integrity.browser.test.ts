import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../renderer/db';
import type { AuditHead } from '../../../../shared/audit/audit-contract';
import { dropDatabase, freshStore, rawDb, sampleCase } from './helpers';

describe('the start-up integrity check', () => {
  it('passes on a whole store, and names a broken vault, missing counters and a truncated audit log', async () => {
    const { store, name } = await freshStore();
    for (let i = 0; i < 3; i++) await store.cases.create(sampleCase());
    expect(await store.backup.integrity()).toEqual({ ok: true });

    const raw = await rawDb(name);
    const cases = await raw.cases.toArray();
    for (const c of cases) await raw.cases.put({ ...c, vault: { ...c.vault, iv: new Uint8Array(3) } });
    await raw.aggregates.clear();
    const last = await raw.audit.orderBy('seq').last();
    if (last === undefined) throw new Error('no audit');
    // main's head stays where the log was; the last entries go.
    const head: AuditHead = { seq: last.seq, hash: last.hash };
    await raw.audit
      .where('seq')
      .above(last.seq - 2)
      .delete();
    raw.close();

    const reopened = await openStore({
      name,
      auditHead: { read: async () => head, advance: async () => undefined },
    });
    const report = await reopened.backup.integrity();
    expect(report.ok).toBe(false);
    if (!report.ok) expect([...report.problems].sort()).toEqual(['aggregates', 'auditBehind', 'vault']);
    store.close();
    await dropDatabase(reopened, name);
  });
});
