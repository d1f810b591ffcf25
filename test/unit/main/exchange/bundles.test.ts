import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fault, FaultyFileSystem } from '../../../../main/services/fs/faulty-file-system';
import { failure, removeRoot, tempRoot, upload, value } from './host-fixture';
import { carry, enrolledPair, OFFICE, PROVINCE, sharedCounters } from './pair-fixture';

const rows = (n: number) => sharedCounters(n);

describe('bundles: save, re-send, receipts', () => {
  let root: string;
  beforeEach(() => {
    root = tempRoot();
  });
  afterEach(() => removeRoot(root));

  it('a USB write that fails (full, read-only, pulled out half-way) leaves nothing under the final name; the bundle stays in sent/', async () => {
    const { office } = await enrolledPair(root);
    const sent = await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records: rows(200) }));
    const stick = path.join(root, 'stick');
    mkdirSync(stick);
    office.drives.push({ path: stick, label: 'USB', freeBytes: 1e9, totalBytes: 2e9 });
    const ref = { recipientUnit: PROVINCE, sequence: sent.sequence };
    const cases: Array<{ faults: Fault[]; reason: string }> = [
      { faults: [{ op: 'write', code: 'ENOSPC' }], reason: 'writeNoSpace' },
      { faults: [{ op: 'create', code: 'EROFS' }], reason: 'writeReadOnly' },
      {
        faults: [{ op: 'write', code: 'ENODEV', writtenBefore: 1000, pulledOut: true }],
        reason: 'writeRemoved',
      },
      { faults: [{ op: 'fsyncDir', code: 'EIO' }], reason: 'writeIo' },
    ];
    for (const { faults, reason } of cases) {
      office.fs.use(new FaultyFileSystem(office.real, faults));
      const error = await failure(office.api.bundles.saveTo({ ref, to: 'drive', path: stick }));
      office.fs.use(office.real);
      expect(error.code).toBe('unavailable');
      expect(error.reason).toBe(reason);
      expect(existsSync(path.join(stick, sent.fileName))).toBe(false);
    }
    const kept = (await value(office.api.bundles.listSent({ recipientUnit: PROVINCE }))).bundles.find(
      (b) => b.sequence === sent.sequence,
    );
    expect(kept).toMatchObject({ fileKept: true, deliveredAt: null, sha256: sent.sha256 });
    expect(existsSync(path.join(office.dataDir, 'sent', sent.fileName))).toBe(true);

    const saved = await value(office.api.bundles.saveTo({ ref, to: 'drive', path: stick }));
    expect(saved.sha256).toBe(sent.sha256);
    expect(readdirSync(stick).filter((n) => !n.includes('.binhan-tmp-'))).toEqual([sent.fileName]);
  });

  it('a drive that is not listed any more is refused; a relative folder is refused at the door', async () => {
    const { office } = await enrolledPair(root);
    const sent = await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records: rows(1) }));
    const ref = { recipientUnit: PROVINCE, sequence: sent.sequence };
    expect((await failure(office.api.bundles.saveTo({ ref, to: 'drive', path: root }))).code).toBe(
      'notFound',
    );
    expect((await failure(office.api.bundles.saveTo({ ref, to: 'folder', path: 'relative/dir' }))).code).toBe(
      'invalidInput',
    );
  });

  it('re-sending sequence n gives the same bytes, to a folder and as a download', async () => {
    const { office } = await enrolledPair(root);
    await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records: rows(3) }));
    const second = await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records: rows(4) }));
    expect(second.sequence).toBe(3);
    const ref = { recipientUnit: PROVINCE, sequence: 2 };
    const a = await value(office.api.bundles.download({ ref }));
    const b = await value(office.api.bundles.download({ ref }));
    expect(b.base64).toBe(a.base64);
    const folder = path.join(root, 'chosen');
    mkdirSync(folder);
    const saved = await value(office.api.bundles.saveTo({ ref, to: 'folder', path: folder }));
    expect(readFileSync(saved.path).toString('base64')).toBe(a.base64);
    expect(saved.sha256).toBe(a.sha256);
    const listed = (await value(office.api.bundles.listSent({}))).bundles.find((x) => x.sequence === 2);
    expect(listed?.copies.map((c) => c.to)).toEqual(['download', 'download', 'folder']);
  });

  it('the province answers with a receipt listing received sequences and gaps; the office marks them delivered', async () => {
    const { office, province } = await enrolledPair(root);
    for (let i = 0; i < 3; i++)
      await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records: rows(2) }));
    // Sequence 3 is lost on the way: the province imports 2 and 4.
    for (const seq of [2, 4]) {
      const opened = await value(province.api.bundles.open({ source: await carry(office, PROVINCE, seq) }));
      if (!opened.ok) throw new Error(`${opened.rejection.code}: ${opened.rejection.detail}`);
      await value(province.api.bundles.commit({ manifestSha256: opened.manifestSha256 }));
    }
    const inbox = await value(province.api.bundles.inbox());
    expect(inbox.senders).toMatchObject([
      {
        unit: OFFICE,
        lastSequence: 4,
        received: [
          [1, 2],
          [4, 4],
        ],
        missing: [[3, 3]],
      },
    ]);

    await value(province.api.bundles.createReceipt({ officeUnit: OFFICE }));
    const receipt = await value(
      office.api.bundles.importReceipt({ source: await carry(province, OFFICE, 2) }),
    );
    expect(receipt).toEqual({
      ok: true,
      fromUnit: PROVINCE,
      sequence: 2,
      delivered: [1, 2, 4],
      missing: [[3, 3]],
    });
    const sent = (await value(office.api.bundles.listSent({}))).bundles;
    expect(sent.map((b) => [b.sequence, b.deliveredAt !== null])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, true],
    ]);
    // The same receipt twice is a replay and changes nothing.
    const replay = await value(
      office.api.bundles.importReceipt({ source: await carry(province, OFFICE, 2) }),
    );
    expect(replay).toMatchObject({ ok: false, rejection: { code: 'replay' } });

    // The office re-sends 3; it fills the gap.
    const resent = await value(province.api.bundles.open({ source: await carry(office, PROVINCE, 3) }));
    expect(resent).toMatchObject({ ok: true, chain: { status: 'fills-gap' } });
    if (!resent.ok) return;
    const after = await value(province.api.bundles.commit({ manifestSha256: resent.manifestSha256 }));
    expect(after).toMatchObject({ received: [[1, 4]], missing: [] });
  });

  it('opening changes nothing; a committed bundle opened again is a replay; tampering is named', async () => {
    const { office, province } = await enrolledPair(root);
    await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records: rows(5) }));
    const file = await carry(office, PROVINCE, 2);
    const first = await value(province.api.bundles.open({ source: file }));
    const second = await value(province.api.bundles.open({ source: file }));
    expect(second).toEqual(first);
    if (!first.ok) throw new Error(`${first.rejection.code}: ${first.rejection.detail}`);
    await value(province.api.bundles.commit({ manifestSha256: first.manifestSha256 }));
    await value(province.api.bundles.commit({ manifestSha256: first.manifestSha256 })).catch(() => undefined);
    expect(await value(province.api.bundles.open({ source: file }))).toMatchObject({
      ok: false,
      rejection: { code: 'replay' },
    });

    await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records: rows(5) }));
    const bytes = Buffer.from((await carry(office, PROVINCE, 3)).base64, 'base64');
    const flipped = Buffer.from(bytes);
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 1;
    const tampered = await value(
      province.api.bundles.open({ source: upload('x.zip', flipped.toString('base64')) }),
    );
    expect(tampered).toMatchObject({
      ok: false,
      rejection: { code: expect.stringMatching(/corrupt|payloadMismatch/) },
    });
    const truncated = await value(
      province.api.bundles.open({
        source: upload('x.zip', bytes.subarray(0, bytes.length / 2).toString('base64')),
      }),
    );
    expect(truncated).toMatchObject({ ok: false, rejection: { code: 'corrupt' } });
    // Addressed to the province, so the office (another recipient) refuses it.
    expect(
      await value(office.api.bundles.open({ source: upload('x.zip', bytes.toString('base64')) })),
    ).toMatchObject({
      ok: false,
    });
    const kinds = await value(
      province.api.bundles.open({ source: upload('x.zip', bytes.toString('base64')), kinds: ['config'] }),
    );
    expect(kinds).toMatchObject({ ok: false, rejection: { code: 'wrongKind' } });
  });

  it('refuses identifying fields in a data bundle, and unknown recipients', async () => {
    const { office } = await enrolledPair(root);
    const leak = await failure(
      office.api.bundles.createData({
        recipientUnit: PROVINCE,
        records: { people: [{ id: 'c1', services: [{ phone: '0905' }] }] },
      }),
    );
    expect(leak.code).toBe('notAllowed');
    expect(leak.reason).toBe('identifyingField');
    expect(leak.message).not.toContain('0905');
    const nobody = await failure(office.api.bundles.createData({ recipientUnit: '48', records: rows(1) }));
    expect(nobody).toMatchObject({ code: 'notAllowed' });
    expect(
      (await failure(office.api.bundles.createData({ recipientUnit: PROVINCE, records: { 'Bad Type': [] } })))
        .code,
    ).toBe('invalidInput');
    expect((await value(office.api.bundles.listSent({}))).bundles.map((b) => b.kind)).toEqual(['enrollment']);
  });

  it('checks content, not names: a name, a phone or a narrative under any field name is refused', async () => {
    const { office } = await enrolledPair(root);
    const person = {
      id: `p${'0'.repeat(32)}`,
      rev: 1,
      removed: false,
      unitCode: '20314',
      category: 'official',
      sex: 'female',
    };
    const event = (title: string) => ({
      id: '0190a0b0-0000-7000-8000-000000000001',
      rev: 1,
      removed: false,
      unitCode: '20314',
      title,
      startDate: '2025-04-01',
      endDate: null,
    });
    const leaks: Array<{ records: Record<string, Record<string, unknown>[]>; where: string }> = [
      { records: { people: [{ ...person, hoTen: 'Nguyễn Thị Lan' }] }, where: 'people[0].hoTen' },
      { records: { people: [{ ...person, soDienThoai: '0905123456' }] }, where: 'people[0].soDienThoai' },
      {
        records: { people: [{ ...person, ghiChu: 'Bị chồng đánh tối 3/4 tại nhà' }] },
        where: 'people[0].ghiChu',
      },
      // No case-level row leaves at all, not even a removal: cases travel as counters only.
      { records: { cases: [{ id: `c${'0'.repeat(32)}`, rev: 1, removed: true }] }, where: 'cases' },
      // Values are typed too: a name where a category, a local id or a counter name goes.
      { records: { people: [{ ...person, category: 'Nguyễn Thị Lan' }] }, where: 'people[0].category' },
      { records: { people: [{ ...person, id: 'Nguyễn Thị Lan' }] }, where: 'people[0].id' },
      {
        records: { trainingEvents: [event('Tập huấn, gọi chị Lan 0905 123 456')] },
        where: 'trainingEvents[0].title',
      },
      {
        records: {
          aggregates: [
            {
              key: 'case|20314|2025-04',
              kind: 'case',
              unit: '20314',
              period: '2025-04',
              counts: { 'Nguyễn Thị Lan': 1 },
            },
          ],
        },
        where: 'aggregates[0].counts',
      },
      { records: { people: [{ ...person, extra: { deep: 'Lan' } }] }, where: 'people[0].extra' },
    ];
    for (const { records, where } of leaks) {
      const error = await failure(office.api.bundles.createData({ recipientUnit: PROVINCE, records }));
      expect(error.code, where).toBe('notAllowed');
      expect(error.details?.where, where).toContain(where);
      expect(error.reason, where).toBe('notDeidentified');
      for (const secret of ['Nguyễn', '0905', 'chồng']) expect(error.message).not.toContain(secret);
    }
    // The rule's own rows still go.
    const ok = {
      ...sharedCounters(2),
      people: [person],
      trainingEvents: [event('Tập huấn phòng, chống bạo lực giới')],
    };
    expect(
      (await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records: ok }))).counts,
    ).toEqual({
      aggregates: 2,
      people: 1,
      trainingEvents: 1,
    });
    expect((await value(office.api.bundles.listSent({}))).bundles.map((b) => b.kind)).toEqual([
      'enrollment',
      'data',
    ]);
  });
});
