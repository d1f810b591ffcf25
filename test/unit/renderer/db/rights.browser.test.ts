import { describe, expect, it } from 'vitest';
import { type BinhAnStore, isStoreError } from '../../../../renderer/db';
import { sharedCaseCounts } from '../../../../shared/aggregates/case-counters';
import { shareCounters } from '../../../../shared/exchange/sharing';
import { ADMIN_PASSPHRASE, dropDatabase, freshStore, rawDb, sampleCase } from './helpers';

const WORKER = { username: 'canbo', passphrase: 'cán bộ quản lý vụ việc 2025' };
const ADMIN = { username: 'admin', passphrase: ADMIN_PASSPHRASE };
const ASKED = { requestedOn: '2024-04-01' };

/** An office with a case worker who is not an administrator, signed in; the administrator approves at the PC. */
async function officeWithWorker(): Promise<{ store: BinhAnStore; name: string }> {
  const { store, name } = await freshStore();
  await store.auth.createUser(
    {
      username: WORKER.username,
      displayName: 'Cán bộ',
      roles: ['case_worker'],
      passphrase: WORKER.passphrase,
    },
    ADMIN_PASSPHRASE,
  );
  await store.auth.login(WORKER.username, WORKER.passphrase);
  return { store, name };
}

/**
 * The case counters of March 2024 at the office's unit under the rule by which they leave it: the
 * indicators and `notConsented` exact, breakdowns of consenting cases only (a bundle is a copy of
 * these counters, made when it is sent, so what it carries follows every change before it).
 */
async function shared(store: BinhAnStore): Promise<Record<string, number>> {
  const [row] = await store.aggregates.rows('case', '502', '2024-03', '2024-03');
  return sharedCaseCounts(row?.counts ?? {});
}

/**
 * The same bucket as the next data bundle carries it: the export read and the sharing rule the send
 * page uses, run by the administrator (who holds exchange.run); the case worker signs in again after.
 */
async function nextBundle(store: BinhAnStore): Promise<Record<string, number>> {
  await store.auth.login('admin', ADMIN_PASSPHRASE);
  const read = await store.exchange.readChangesSince(0, await store.lastChangeSeq());
  await store.auth.login(WORKER.username, WORKER.passphrase);
  const row = shareCounters(read.aggregates, read.counters).find(
    (r) => r.kind === 'case' && r.unit === '502' && r.period === '2024-03',
  );
  return row?.counts ?? {};
}

const rejectsWith = (code: string) => (e: unknown) => isStoreError(e) && e.code === code;

describe("survivors' data rights (Law 91/2025/QH15)", () => {
  it('gives the survivor a copy of what the office holds, approved by a signature of the admin key', async () => {
    const { store, name } = await officeWithWorker();
    const c = await store.cases.create(sampleCase({ needs: ['health'] }));
    await store.cases.addService(c.id, {
      need: 'health',
      date: '2024-03-16',
      provider: 'Trung tâm Y tế Tam Kỳ',
      outcome: 'provided',
    });
    await store.cases.addFollowUp(c.id, {
      date: '2024-03-20',
      method: 'phone',
      safetyOutcome: 'safe',
      note: 'Đã gọi, chị an toàn.',
    });
    await store.cases.reveal(c.id);

    // The approval is the administrator's passphrase, not a tick: a wrong one approves nothing and is audited.
    await expect(
      store.rights.access(c.id, ASKED, { username: 'admin', passphrase: 'sai mật khẩu hoàn toàn' }),
    ).rejects.toSatisfy(rejectsWith('badCredentials'));
    // A case worker cannot approve their own request.
    await expect(store.rights.access(c.id, ASKED, WORKER)).rejects.toSatisfy(rejectsWith('forbidden'));
    expect(await store.rights.list(c.id)).toEqual([]);

    const copy = await store.rights.access(c.id, ASKED, ADMIN);
    expect(copy.identity.fullName).toBe('Nguyễn Thị Hoà');
    expect(Object.values(copy.identity.followUpNotes ?? {})).toEqual(['Đã gọi, chị an toàn.']);
    expect(copy.caseView.services.map((s) => s.provider)).toEqual(['Trung tâm Y tế Tam Kỳ']);
    expect(copy.caseView.followUps).toHaveLength(1);
    // Who viewed it when: the reveal above, by the case worker, and this request itself.
    const actions = copy.audit.map((e) => `${e.action}:${e.username}`);
    expect(actions).toContain('view:canbo');
    expect(actions).toContain('rightsRequest:canbo');
    expect(actions).toContain('export:canbo');
    const [request] = copy.requests;
    expect(request).toMatchObject({
      right: 'access',
      caseCode: c.caseCode,
      requestedOn: '2024-04-01',
      requestedBy: { username: 'canbo' },
      approval: { username: 'admin' },
      outcome: 'done',
    });
    if (request === undefined) throw new Error('no request');
    expect(await store.rights.verify(request)).toBe(true);
    // The signature covers the request: another right or another approver does not verify.
    expect(await store.rights.verify({ ...request, right: 'erase' })).toBe(false);
    expect(
      await store.rights.verify({
        ...request,
        approval: { ...request.approval, userId: request.requestedBy.userId },
      }),
    ).toBe(false);

    // The failed approval is in the audit log (read by the administrator).
    await store.auth.login('admin', ADMIN_PASSPHRASE);
    const failed = await store.audit.list({ action: 'loginFailed' });
    expect(failed.map((e) => e.detail)).toContain('rightsApproval access');
    expect((await store.audit.verify()).ok).toBe(true);
    await dropDatabase(store, name);
  });

  it('restricts a case: no edit, service, follow-up, identity view or name search; still counted; lifted again', async () => {
    const { store, name } = await officeWithWorker();
    const c = await store.cases.create(sampleCase());
    const before = await shared(store);
    const restricted = await store.rights.restrict(c.id, ASKED, ADMIN);
    expect(restricted.restrictedAt).toEqual(expect.any(String));
    await expect(store.cases.update(c.id, { gbvType: 'rape' })).rejects.toSatisfy(rejectsWith('restricted'));
    await expect(
      store.cases.addService(c.id, {
        need: 'health',
        date: '2024-03-16',
        provider: 'x',
        outcome: 'provided',
      }),
    ).rejects.toSatisfy(rejectsWith('restricted'));
    await expect(
      store.cases.addFollowUp(c.id, { date: '2024-03-20', method: 'phone', safetyOutcome: 'safe' }),
    ).rejects.toSatisfy(rejectsWith('restricted'));
    await expect(store.cases.remove(c.id)).rejects.toSatisfy(rejectsWith('restricted'));
    await expect(store.cases.reveal(c.id)).rejects.toSatisfy(rejectsWith('restricted'));
    await expect(store.rights.rectify(c.id, ASKED, ADMIN)).rejects.toSatisfy(rejectsWith('restricted'));
    const names: string[] = [];
    await store.cases.readFoldedNames(
      (batch) => names.push(...batch.map(([id]) => id)),
      () => false,
    );
    expect(names).toEqual([]);
    expect(await store.cases.readFoldedName(c.id)).toBeNull();
    // Still counted, exactly as before.
    expect(await shared(store)).toEqual(before);

    await store.rights.unrestrict(c.id, ASKED, ADMIN);
    const edited = await store.cases.update(c.id, { gbvType: 'rape' });
    expect(edited.gbvType).toBe('rape');
    expect((await store.rights.list(c.id)).map((r) => r.right)).toEqual(['restrict', 'unrestrict']);
    await dropDatabase(store, name);
  });

  it('a consent withdrawal moves the case to notConsented in the next counter snapshot', async () => {
    const { store, name } = await officeWithWorker();
    const c = await store.cases.create(sampleCase());
    const before = await shared(store);
    expect(before).toMatchObject({ total: 1, 'type:physical_assault': 1 });
    expect(before.notConsented ?? 0).toBe(0);
    await expect(store.rights.withdrawConsent(c.id, { ...ASKED, consents: [] }, ADMIN)).rejects.toSatisfy(
      rejectsWith('invalid'),
    );
    const view = await store.rights.withdrawConsent(
      c.id,
      { ...ASKED, consents: ['deidentifiedReporting'] },
      ADMIN,
    );
    expect(view.consent).toEqual({ services: true, referral: true, deidentifiedReporting: false });
    const after = await shared(store);
    expect(after).toMatchObject({ total: 1, gbv: 1, notConsented: 1 });
    expect(await nextBundle(store)).toMatchObject({ total: 1, notConsented: 1 });
    expect(after['type:physical_assault'] ?? 0).toBe(0);
    expect((await store.rights.list(c.id))[0]).toMatchObject({
      right: 'withdrawConsent',
      detail: 'deidentifiedReporting',
    });
    await store.auth.login('admin', ADMIN_PASSPHRASE);
    expect((await store.aggregates.check()).differences).toEqual([]);
    await dropDatabase(store, name);
  });

  it('erases a case: vault, blind indexes and drafts gone, counters equal a rebuild, the request kept', async () => {
    const { store, name } = await officeWithWorker();
    const kept = await store.cases.create(sampleCase({ identity: { fullName: 'Trần Thị Lan' } }));
    const c = await store.cases.create(sampleCase());
    await store.drafts.save({ kind: 'caseEdit', caseId: c.id, content: { fullName: 'Nguyễn Thị Hoà' } });
    expect(await shared(store)).toMatchObject({ total: 2 });
    expect(await nextBundle(store)).toMatchObject({ total: 2 });
    const probe = { fullName: 'Nguyễn Thị Hoà', phone: '0905 123 456', incidentUnit: '502' };
    expect(await store.cases.findDuplicates(probe)).toHaveLength(1);

    const tombstone = await store.rights.erase(c.id, ASKED, ADMIN);
    expect(tombstone.deletedAt).toEqual(expect.any(String));
    expect(await store.cases.get(c.id)).toBeUndefined();
    expect(await store.cases.findDuplicates(probe)).toEqual([]);
    expect(await store.drafts.list()).toEqual([]);
    // The next bundle's counters: one case fewer, nothing else of it.
    expect(await shared(store)).toMatchObject({ total: 1 });
    expect(await nextBundle(store)).toMatchObject({ total: 1 });
    expect((await store.cases.list()).map((v) => v.id)).toEqual([kept.id]);

    // Nothing of it is left in the database but the request (id and code) and audit entries (ids only).
    const raw = await rawDb(name);
    expect(await raw.cases.get(c.id)).toBeUndefined();
    expect(await raw.drafts.count()).toBe(0);
    const requests = await raw.rightsRequests.toArray();
    raw.close();
    expect(requests).toMatchObject([{ right: 'erase', caseId: c.id, caseCode: c.caseCode }]);
    expect(JSON.stringify(requests)).not.toContain('Hoà');

    await store.auth.login('admin', ADMIN_PASSPHRASE);
    expect((await store.aggregates.check()).differences).toEqual([]);
    expect((await store.audit.verify()).ok).toBe(true);
    const entries = await store.audit.list({ recordId: c.id });
    expect(entries.map((e) => `${e.action}:${e.detail?.split(' ')[0] ?? ''}`)).toEqual(
      expect.arrayContaining(['delete:erase', 'rightsRequest:erase']),
    );
    // A case that is gone cannot be restored or erased twice.
    await expect(store.cases.restore(c.id)).rejects.toSatisfy(rejectsWith('notFound'));
    await dropDatabase(store, name);
  });
});
