import { afterAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { type BinhAnStore, openStore } from '../../../../renderer/db';
import { importKeys, openKeyBundle } from '../../../../renderer/exchange/import-bundle';
import {
  importMany,
  type ManyItem,
  receiptUnits,
  writeReceipts,
} from '../../../../renderer/exchange/import-many';
import { resendMissing, resendRequests } from '../../../../renderer/exchange/resend';
import { makeDataBundle } from '../../../../renderer/exchange/send-bundle';
import { BundleRefused, call } from '../../../../renderer/host/call';
import { withAuthority } from '../../../../shared/exchange/authority-client';
import type { BundleSource, SentRef } from '../../../../shared/exchange/common';
import { hostWrappingKeyFrom } from '../../../../shared/exchange/host-wrapping-key';
import { bindHostApi } from '../../../../shared/host/bind';
import { type HostApi, hostContract } from '../../../../shared/host-api';
import { dropDatabase, sampleCase } from '../db/helpers';

declare module 'vitest/browser' {
  interface BrowserCommands {
    hostCall(party: string, channel: string, input: unknown): Promise<unknown>;
    hostsRemove(): Promise<void>;
  }
}

type Party = { store: BinhAnStore; name: string; main: HostApi; unit: string };
const PASS = 'mật khẩu rất dài của đơn vị 2025';

async function party(unit: string, role: 'province' | 'district', username: string): Promise<Party> {
  const name = `binhan-test-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  await store.auth.setup({
    office: { unitCode: unit, name: `Đơn vị ${unit}`, role, provinceCode: '49' },
    admin: { username, displayName: username, passphrase: PASS, roles: ['administrator', 'case_worker'] },
  });
  const bare = bindHostApi(hostContract, (channel, input) =>
    commands.hostCall(`${unit}-${name}`, channel, input === undefined ? null : input),
  );
  const publicKeys = await store.auth.authorityPublicKeys();
  const main = withAuthority(bare, {
    signer: () => store.auth.session?.authoritySigner() ?? null,
    publicKeys: () => publicKeys,
  });
  const session = store.auth.session;
  if (session === null) throw new Error('not signed in');
  await call(main.keys.create({ unit, wrappingKey: await hostWrappingKeyFrom(session.keys().office) }));
  return { store, name, main, unit };
}

async function carry(
  from: HostApi,
  ref: SentRef,
  fileName?: string,
): Promise<Extract<BundleSource, { from: 'upload' }>> {
  const file = await call(
    from.bundles.download({ ref: { recipientUnit: ref.recipientUnit, sequence: ref.sequence } }),
  );
  return { from: 'upload', fileName: fileName ?? file.fileName, base64: file.base64 };
}

/** Keys both ways, each approved by the fingerprint the other side reads out. */
async function enrol(office: Party, province: Party): Promise<void> {
  const enrollment = await carry(
    office.main,
    await call(office.main.bundles.createEnrollment({ recipientUnit: province.unit })),
  );
  const peer = await importKeys(province.main, enrollment);
  await call(province.main.trust.approve({ keyId: peer.keyId, signingFingerprint: peer.signingFingerprint }));
  await openKeyBundle(province.main, province.store, enrollment, 'enrollment');
  const config = await carry(
    province.main,
    await call(province.main.bundles.createConfig({ recipientUnit: office.unit, records: {} })),
  );
  const back = await importKeys(office.main, config);
  await call(office.main.trust.approve({ keyId: back.keyId, signingFingerprint: back.signingFingerprint }));
  await openKeyBundle(office.main, office.store, config, 'config');
}

async function dataBundle(office: Party, reportDate: string): Promise<SentRef> {
  await office.store.cases.create(
    sampleCase({ reportDate, incidentDate: reportDate, incidentUnit: office.unit }),
  );
  const made = await makeDataBundle(office.store, office.main, '49');
  return { recipientUnit: '49', sequence: made.sent.sequence };
}

const asItem = (source: Extract<BundleSource, { from: 'upload' }>, name = source.fileName): ManyItem => ({
  source: { ...source, fileName: name },
  name,
});

function tamper(
  source: Extract<BundleSource, { from: 'upload' }>,
): Extract<BundleSource, { from: 'upload' }> {
  const bytes = Uint8Array.from(atob(source.base64), (c) => c.charCodeAt(0));
  const at = bytes.length - 200;
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return { ...source, base64: btoa(s) };
}

describe('bulk import (renderer/exchange/import-many.ts): real IndexedDB, a real main per side', () => {
  const parties: Party[] = [];
  afterAll(async () => {
    for (const p of parties) await dropDatabase(p.store, p.name);
    await commands.hostsRemove();
  });

  it('many files of many offices and kinds: each all or nothing, one summary, receipts for all, a gap re-sent', async () => {
    const province = await party('49', 'province', 'tinh');
    const a = await party('502', 'district', 'tamky');
    const b = await party('503', 'district', 'hoian');
    const stranger = await party('504', 'district', 'taygiang');
    parties.push(province, a, b, stranger);
    await enrol(a, province);
    await enrol(b, province);
    // The stranger trusts the province (its published enrollment), but the province never approved it.
    const provinceIntro = await carry(
      province.main,
      await call(province.main.bundles.createEnrollment({ recipientUnit: '504' })),
    );
    const intro = await importKeys(stranger.main, provinceIntro);
    await call(
      stranger.main.trust.approve({ keyId: intro.keyId, signingFingerprint: intro.signingFingerprint }),
    );
    const foreign = await carry(stranger.main, await dataBundle(stranger, '2024-03-02'));
    // An office that enrolled but whose code nobody has read out yet.
    const newcomer = await party('505', 'district', 'donggiang');
    parties.push(newcomer);
    const newEnrollment = await carry(
      newcomer.main,
      await call(newcomer.main.bundles.createEnrollment({ recipientUnit: '49' })),
    );

    const a1 = await carry(a.main, await dataBundle(a, '2024-01-05'));
    const a2 = await carry(a.main, await dataBundle(a, '2024-02-05'));
    const a3ref = await dataBundle(a, '2024-03-05');
    const a4 = await carry(a.main, await dataBundle(a, '2024-04-05'));
    const b1 = await carry(b.main, await dataBundle(b, '2024-01-07'));
    const b2 = await carry(b.main, await dataBundle(b, '2024-02-07'));

    const items: ManyItem[] = [
      asItem(a4),
      asItem(tamper(a2), 'binhan_502_to_49_data_000002 (2).zip'),
      asItem(a1),
      asItem(b2, 'binhan_503_to_49_data_000002 (1).zip'),
      // A name that lies about the kind: the manifest decides.
      asItem(b1, 'binhan_503_to_49_receipt_000001.zip'),
      asItem(a1, 'Gói Tam Kỳ tháng 1.zip'),
      asItem(a2),
      asItem(foreign),
      asItem(newEnrollment),
      {
        source: { from: 'upload', fileName: 'ghi-chu.zip', base64: btoa('not a bundle') },
        name: 'ghi-chu.zip',
      },
    ];
    const progress: number[] = [];
    const rows = await importMany(province.main, province.store, items, {
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual(items.map((_, i) => i + 1));
    const by = (name: string) => rows.filter((r) => r.name === name).map((r) => r.outcome.status);
    expect(by(a1.fileName)).toEqual(['imported']);
    expect(by('Gói Tam Kỳ tháng 1.zip')).toEqual(['known']);
    expect(by(a2.fileName)).toEqual(['imported']);
    expect(by(a4.fileName)).toEqual(['imported']);
    expect(by('binhan_503_to_49_data_000002 (1).zip')).toEqual(['imported']);
    expect(by('binhan_503_to_49_receipt_000001.zip')).toEqual(['imported']);
    expect(by(newEnrollment.fileName)).toEqual(['needsApproval']);
    const refusal = (name: string) => {
      const outcome = rows.find((r) => r.name === name)?.outcome;
      return outcome?.status === 'rejected' && outcome.error instanceof BundleRefused
        ? outcome.error.rejection.code
        : outcome?.status;
    };
    expect(refusal('binhan_502_to_49_data_000002 (2).zip')).toMatch(
      /^(payloadMismatch|corrupt|badSignature)$/,
    );
    expect(refusal(foreign.fileName)).toBe('unknownSender');
    expect(refusal('ghi-chu.zip')).toBe('corrupt');
    // What reached the store: counters of both offices, nothing of the stranger.
    const held = await province.store.exchange.inboundCounts();
    expect(held.has('504')).toBe(false);

    // Main's history: each bundle once, with who imported it; the gap is known.
    const history = (await call(province.main.bundles.history({ unit: '502' }))).entries;
    // Sequence 1 was the office's enrollment; its data bundles are 2–5, of which 4 is not in the folder.
    expect(history.map((e) => [e.kind, e.sequence])).toEqual([
      ['data', 5],
      ['data', 3],
      ['data', 2],
      ['enrollment', 1],
    ]);
    expect(history.every((e) => e.importedBy === 'tinh')).toBe(true);
    const inbox = (await call(province.main.bundles.inbox())).senders.find((s) => s.unit === '502');
    expect(inbox?.missing).toEqual([[4, 4]]);

    // One action: a receipt for every office that sent; each carried to its office.
    const receiptsFor = receiptUnits(rows);
    expect(receiptsFor).toEqual(['502', '503']);
    const carried = new Map<string, Extract<BundleSource, { from: 'upload' }>>();
    const receipts = await writeReceipts(province.main, receiptsFor, async (ref) => {
      carried.set(ref.recipientUnit, await carry(province.main, ref));
    });
    expect(receipts.every((r) => r.error === null)).toBe(true);
    const atA = await importMany(a.main, a.store, [asItem(carried.get('502') ?? a1, 'biên nhận.zip')]);
    expect(atA.map((r) => [r.kind, r.outcome.status])).toEqual([['receipt', 'imported']]);

    // The office sees the gap as a request and sends it again in one action; the province fills it.
    const requests = await resendRequests(a.main);
    expect(requests).toEqual([{ recipientUnit: '49', missing: [[4, 4]], at: expect.any(String) }]);
    const resent: ManyItem[] = [];
    const request = requests[0];
    if (request === undefined) throw new Error('no request');
    const outcome = await resendMissing(request, async (ref) => {
      resent.push(asItem(await carry(a.main, ref)));
    });
    expect(outcome.map((o) => [o.ref.sequence, o.error])).toEqual([[a3ref.sequence, null]]);
    const filled = await importMany(province.main, province.store, resent);
    expect(filled.map((r) => r.outcome.status)).toEqual(['imported']);
    const after = (await call(province.main.bundles.inbox())).senders.find((s) => s.unit === '502');
    expect(after?.missing).toEqual([]);
    // A later receipt says nothing is missing any more, so the request goes away.
    const [next] = await writeReceipts(province.main, ['502'], async (ref) => {
      carried.set('502', await carry(province.main, ref));
    });
    expect(next?.error).toBeNull();
    await importMany(a.main, a.store, [asItem(carried.get('502') ?? a1)]);
    expect(await resendRequests(a.main)).toEqual([]);
  }, 240_000);
});
