import { describe, expect, it } from 'vitest';
import { isStoreError } from '../../../../renderer/db';
import { dropDatabase, freshStore, rawDb, sampleCase } from './helpers';

const clean = async (store: Awaited<ReturnType<typeof freshStore>>['store']) =>
  expect((await store.aggregates.check()).differences).toEqual([]);

describe('corrections: every record can be edited and deleted, counters and audit follow', () => {
  it('corrects and removes a service: I5 follows, the audit says services', async () => {
    const { store, name } = await freshStore();
    const c = await store.cases.create(sampleCase({ needs: ['health'] }));
    const withService = await store.cases.addService(c.id, {
      need: 'health',
      date: '2024-03-16',
      provider: 'Trung tâm Y tế Tam Kỳ',
      outcome: 'referred',
    });
    const service = withService.services[0];
    if (service === undefined) throw new Error('no service');
    const totals = () => store.aggregates.totals('case', '502', '2024-03', '2024-03');
    expect((await totals()).needsMet ?? 0).toBe(0);
    const provided = await store.cases.updateService(
      c.id,
      service.id,
      { need: 'health', date: '2024-03-17', provider: 'Bệnh viện Đa khoa Quảng Nam', outcome: 'provided' },
      withService.rev,
    );
    expect(provided.services).toEqual([
      {
        id: service.id,
        need: 'health',
        date: '2024-03-17',
        provider: 'Bệnh viện Đa khoa Quảng Nam',
        outcome: 'provided',
      },
    ]);
    expect((await totals()).needsMet).toBe(1);
    await clean(store);
    // A stale revision is a conflict, a date before the report is refused.
    await expect(
      store.cases.updateService(
        c.id,
        service.id,
        { need: 'health', date: '2024-03-17', provider: 'Bệnh viện Đa khoa Quảng Nam', outcome: 'declined' },
        0,
      ),
    ).rejects.toSatisfy((e) => isStoreError(e, 'conflict'));
    await expect(
      store.cases.updateService(c.id, service.id, {
        need: 'health',
        date: '2024-03-01',
        provider: 'x',
        outcome: 'provided',
      }),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid'));
    const removed = await store.cases.removeService(c.id, service.id, provided.rev);
    expect(removed.services).toEqual([]);
    expect((await totals()).needsMet ?? 0).toBe(0);
    await clean(store);
    await expect(store.cases.removeService(c.id, service.id)).rejects.toSatisfy((e) =>
      isStoreError(e, 'notFound'),
    );
    const audit = await store.audit.list({ recordId: c.id, limit: 20 });
    expect(audit.filter((e) => e.detail === 'services')).toHaveLength(3);
    await dropDatabase(store, name);
  });

  it('keeps a follow-up note sealed in the vault, edits it and removes it with its follow-up', async () => {
    const { store, name } = await freshStore();
    const c = await store.cases.create(sampleCase());
    const note = 'Chị Hoà nói chồng vẫn đe doạ — ghi chú kiểm tra 7f3a';
    const added = await store.cases.addFollowUp(c.id, {
      date: '2024-03-20',
      nextContactDate: '2024-04-01',
      method: 'home_visit',
      safetyOutcome: 'at_risk',
      note,
    });
    const followUp = added.followUps[0];
    if (followUp === undefined) throw new Error('no follow-up');
    expect(followUp).toMatchObject({ method: 'home_visit', safetyOutcome: 'at_risk', hasNote: true });
    expect(JSON.stringify(added)).not.toContain('7f3a');
    expect((await store.cases.reveal(c.id)).followUpNotes).toEqual({ [followUp.id]: note });
    // Nothing of the note is stored in the clear.
    const db = await rawDb(name);
    expect(JSON.stringify(await db.cases.toArray())).not.toContain('7f3a');
    db.close();

    // Editing the identity keeps the notes.
    await store.cases.update(c.id, { identity: { ...sampleCase().identity, fullName: 'Nguyễn Thị Hoa' } });
    expect((await store.cases.reveal(c.id)).followUpNotes).toEqual({ [followUp.id]: note });

    const current = await store.cases.get(c.id);
    const edited = await store.cases.updateFollowUp(
      c.id,
      followUp.id,
      { date: '2024-03-21', method: 'phone', safetyOutcome: 'safe', done: true, note: 'An toàn.' },
      current?.rev,
    );
    expect(edited.followUps).toEqual([
      {
        id: followUp.id,
        date: '2024-03-21',
        method: 'phone',
        safetyOutcome: 'safe',
        done: true,
        hasNote: true,
      },
    ]);
    expect((await store.cases.reveal(c.id)).followUpNotes).toEqual({ [followUp.id]: 'An toàn.' });
    const noNote = await store.cases.updateFollowUp(c.id, followUp.id, {
      date: '2024-03-21',
      method: 'phone',
      safetyOutcome: 'safe',
      done: true,
    });
    expect(noNote.followUps[0]?.hasNote).toBeUndefined();
    expect((await store.cases.reveal(c.id)).followUpNotes).toBeUndefined();

    const second = await store.cases.addFollowUp(c.id, { date: '2024-03-22', note: 'Lần hai' });
    const gone = await store.cases.removeFollowUp(c.id, followUp.id, second.rev);
    expect(gone.followUps.map((f) => f.id)).toEqual([second.followUps[1]?.id]);
    await store.cases.removeFollowUp(c.id, second.followUps[1]?.id ?? '');
    expect((await store.cases.get(c.id))?.followUps).toEqual([]);
    expect((await store.cases.reveal(c.id)).followUpNotes).toBeUndefined();
    // The name and the rest of the identity survive all of it.
    expect((await store.cases.reveal(c.id)).fullName).toBe('Nguyễn Thị Hoa');
    await expect(store.cases.updateFollowUp(c.id, followUp.id, { date: '2024-03-21' })).rejects.toSatisfy(
      (e) => isStoreError(e, 'notFound'),
    );
    await clean(store);
    await dropDatabase(store, name);
  });

  it('a deleted school takes its activities with it; I3 and the register follow, a rebuild agrees', async () => {
    const { store, name } = await freshStore();
    const p = store.programme;
    const school = await p.schools.create({
      name: 'Trường THCS Lý Tự Trọng',
      level: 'lower_secondary',
      unitCode: '502',
    });
    const other = await p.schools.create({
      name: 'Trường Tiểu học Kim Đồng',
      level: 'primary',
      unitCode: '502',
    });
    const activity = await p.addActivity({
      schoolId: school.id,
      date: '2024-10-05',
      kind: 'club',
      title: 'CLB',
    });
    await p.addActivity({ schoolId: other.id, date: '2024-10-06', kind: 'club', title: 'CLB 2' });
    const active = () => store.aggregates.totals('schoolActive', '502', '2024', '2024');
    expect((await active()).schools).toBe(2);
    // Edit the activity into the previous school year, then back.
    await p.activities.update(activity.id, { date: '2024-05-05' });
    expect((await active()).schools).toBe(1);
    await p.activities.update(activity.id, { date: '2024-10-05' });
    await p.schools.update(school.id, { name: 'Trường THCS Lý Tự Trọng (Tam Kỳ)' });
    await clean(store);
    await p.schools.remove(school.id);
    expect((await active()).schools).toBe(1);
    expect((await store.aggregates.totals('schools', '502', '-', '-')).schools).toBe(1);
    expect((await p.activities.get(activity.id))?.deletedAt).not.toBeNull();
    await clean(store);
    const deletes = await store.audit.list({ action: 'delete', limit: 10 });
    expect(deletes.map((e) => e.kind).sort()).toEqual(['schoolActivities', 'schools']);
    // Outreach and trainings: edit and delete, counters follow.
    const event = await p.outreach.create({
      date: '2024-06-01',
      unitCode: '502',
      title: 'Nói chuyện chuyên đề',
      channel: 'community_meeting',
      reachFemale: 30,
      reachMale: 10,
      reachOther: 0,
      groups: [],
    });
    await p.outreach.update(event.id, { reachFemale: 40 });
    expect((await store.aggregates.totals('outreach', '502', '2024-06', '2024-06')).reachFemale).toBe(40);
    await p.outreach.remove(event.id);
    expect((await store.aggregates.totals('outreach', '502', '2024-06', '2024-06')).events ?? 0).toBe(0);
    await clean(store);
    await dropDatabase(store, name);
  });
});
