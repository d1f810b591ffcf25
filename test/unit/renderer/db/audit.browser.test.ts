import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../shared/model';
import { dropDatabase, freshStore, sampleCase } from './helpers';
import { rawDelete, rawGet, rawPut } from './raw-idb';

async function storeWithHistory() {
  const made = await freshStore();
  const created = await made.store.cases.create(sampleCase());
  await made.store.cases.reveal(created.id);
  await made.store.cases.update(created.id, { status: 'closed', closureReason: 'needs_met' });
  // Where the case's entries sit in the chain: after setup's own (office, seeded units and plan, admin).
  const [update, view, create] = await made.store.audit.list({ recordId: created.id });
  if (update === undefined || view === undefined || create === undefined) throw new Error('no case history');
  return { ...made, caseId: created.id, seqs: { create: create.seq, view: view.seq, update: update.seq } };
}

describe('audit log', () => {
  it('records every change and every view of identifying data, without identifying values', async () => {
    const { store, name, caseId, seqs } = await storeWithHistory();
    const entries = await store.audit.list({ recordId: caseId });
    expect(entries.map((e) => e.action)).toEqual(['update', 'view', 'create']);
    expect(entries.every((e) => e.username === 'admin')).toBe(true);
    expect(JSON.stringify(await store.audit.list())).not.toMatch(/Hoà|0905|Phan Châu/);
    expect(await store.audit.verify()).toEqual({ ok: true, entries: seqs.update });
    await dropDatabase(store, name);
  });

  it('names the entry that was edited in the raw database', async () => {
    const { store, name, seqs } = await storeWithHistory();
    const entry = (await rawGet(name, 'audit', seqs.view)) as AuditEntry;
    expect(entry.action).toBe('view');
    await rawPut(name, 'audit', { ...entry, action: 'update' });
    expect(await store.audit.verify()).toMatchObject({
      ok: false,
      brokenAt: seqs.view,
      reason: 'hashMismatch',
    });
    await dropDatabase(store, name);
  });

  it('names an edit that also recomputed its own hash (the next entry no longer links)', async () => {
    const { store, name, seqs } = await storeWithHistory();
    const { chainHash } = await import('../../../../shared/crypto/chain-hash');
    const entry = (await rawGet(name, 'audit', seqs.create)) as AuditEntry;
    const { hash: _h, ...body } = { ...entry, userId: 'someone-else' };
    await rawPut(name, 'audit', { ...body, hash: chainHash(body.prevHash, body) });
    expect(await store.audit.verify()).toMatchObject({
      ok: false,
      brokenAt: seqs.view,
      reason: 'chainBroken',
    });
    await dropDatabase(store, name);
  });

  it('names a removed entry', async () => {
    const { store, name, seqs } = await storeWithHistory();
    await rawDelete(name, 'audit', seqs.view);
    expect(await store.audit.verify()).toMatchObject({ ok: false, brokenAt: seqs.view, reason: 'gap' });
    await dropDatabase(store, name);
  });
});
