import { afterAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { type BinhAnStore, openStore } from '../../../../renderer/db';
import {
  applyDataBundle,
  importKeys,
  importReceipt,
  openDataBundle,
  openKeyBundle,
} from '../../../../renderer/exchange/import-bundle';
import { lastExportedSeq, makeDataBundle } from '../../../../renderer/exchange/send-bundle';
import { BundleRefused, call } from '../../../../renderer/host/call';
import { withAuthority } from '../../../../shared/exchange/authority-client';
import type { BundleSource } from '../../../../shared/exchange/common';
import { hostWrappingKeyFrom } from '../../../../shared/exchange/host-wrapping-key';
import { bindHostApi } from '../../../../shared/host/bind';
import { type HostApi, hostContract } from '../../../../shared/host-api';
import { dropDatabase, freshStore, sampleCase } from '../db/helpers';

declare module 'vitest/browser' {
  interface BrowserCommands {
    hostCall(party: string, channel: string, input: unknown): Promise<unknown>;
    hostsRemove(): Promise<void>;
  }
}

/** A party's main: the real one, in Node (host-command.ts), reached as the renderer reaches it, with proofs. */
async function mainFor(party: string, store: BinhAnStore): Promise<HostApi> {
  const bare = bindHostApi(hostContract, (channel, input) =>
    commands.hostCall(party, channel, input === undefined ? null : input),
  );
  const publicKeys = await store.auth.authorityPublicKeys();
  const host = withAuthority(bare, {
    signer: () => store.auth.session?.authoritySigner() ?? null,
    publicKeys: () => publicKeys,
  });
  const session = store.auth.session;
  if (session === null) throw new Error('not signed in');
  const office = store.office;
  if (office === null) throw new Error('not set up');
  await call(
    host.keys.create({
      unit: office.unitCode,
      wrappingKey: await hostWrappingKeyFrom(session.keys().office),
    }),
  );
  return host;
}

/** A sent bundle as the other side receives it: the file's bytes, as a drop on the page gives them. */
async function carry(
  from: HostApi,
  sent: { recipientUnit: string; sequence: number },
): Promise<Extract<BundleSource, { from: 'upload' }>> {
  const file = await call(
    from.bundles.download({ ref: { recipientUnit: sent.recipientUnit, sequence: sent.sequence } }),
  );
  return { from: 'upload', fileName: file.fileName, base64: file.base64 };
}

describe('exchange steps (renderer/exchange): real IndexedDB, a real main per side', () => {
  const names: { store: BinhAnStore; name: string }[] = [];
  afterAll(async () => {
    for (const { store, name } of names) await dropDatabase(store, name);
    await commands.hostsRemove();
  });

  it('enrol, make and send a data bundle, import it once (again: known, nothing applied), receipt back', async () => {
    const office = await freshStore();
    names.push(office);
    const provinceName = `binhan-test-${crypto.randomUUID()}`;
    const province = await openStore({ name: provinceName });
    names.push({ store: province, name: provinceName });
    await province.auth.setup({
      office: { unitCode: '49', name: 'Sở LĐ-TB&XH Quảng Nam', role: 'province', provinceCode: '49' },
      admin: { username: 'tinh', displayName: 'Cán bộ tỉnh', passphrase: 'mật khẩu tỉnh rất dài 2025' },
    });
    const officeMain = await mainFor(`office-${office.name}`, office.store);
    const provinceMain = await mainFor(`province-${provinceName}`, province);

    // Enrollment at the province, approved by the code read over the phone; config back to the office.
    const enrollment = await call(
      officeMain.bundles.createEnrollment({ recipientUnit: '49', unitName: 'Tam Kỳ' }),
    );
    const enrollmentFile = await carry(officeMain, enrollment);
    const officePeer = await importKeys(provinceMain, enrollmentFile);
    expect(officePeer.status).toBe('pending');
    await call(
      provinceMain.trust.approve({
        keyId: officePeer.keyId,
        signingFingerprint: officePeer.signingFingerprint,
      }),
    );
    expect(await openKeyBundle(provinceMain, province, enrollmentFile, 'enrollment')).toBe('done');
    const config = await call(provinceMain.bundles.createConfig({ recipientUnit: '502', records: {} }));
    const configFile = await carry(provinceMain, config);
    const provincePeer = await importKeys(officeMain, configFile);
    await call(
      officeMain.trust.approve({
        keyId: provincePeer.keyId,
        signingFingerprint: provincePeer.signingFingerprint,
      }),
    );
    expect(await openKeyBundle(officeMain, office.store, configFile, 'config')).toBe('done');

    // Make: read → select → main signs → the log records the range it covered.
    await office.store.cases.create(sampleCase());
    const covered = await office.store.lastChangeSeq();
    const progress: number[] = [];
    const made = await makeDataBundle(office.store, officeMain, '49', (p) => progress.push(p.read));
    expect(made.sent.kind).toBe('data');
    expect(made.sent.counts.aggregates).toBeGreaterThan(0);
    expect(made.sent.counts.cases).toBeUndefined();
    // The next bundle starts after what this one covered (the log's own row comes after it).
    expect(await lastExportedSeq(office.store, '49')).toBe(covered);
    expect(progress.length).toBeGreaterThan(0);

    // Import: verify → apply in one transaction → commit; the same file again is known, not refused.
    const dataFile = await carry(officeMain, made.sent);
    const opened = await openDataBundle(provinceMain, dataFile);
    if (opened.at !== 'opened') throw new Error('not opened');
    expect(opened.opened.manifest.senderUnit).toBe('502');
    const applied = await applyDataBundle(province, provinceMain, opened.opened);
    expect(applied.alreadyImported).toBe(false);
    // Only counters travel: the office's snapshot is now the province's copy of it.
    expect(applied.countersApplied).toBe(true);
    expect(await openDataBundle(provinceMain, dataFile)).toEqual({ at: 'known' });

    // A tampered copy is refused by the reader, with its code; nothing more is applied.
    const bytes = Uint8Array.from(atob(dataFile.base64), (c) => c.charCodeAt(0));
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    const refused = await openDataBundle(provinceMain, { ...dataFile, base64: btoa(s) }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(BundleRefused);

    // The receipt marks the office's bundle delivered; the same receipt again is known.
    const receipt = await call(provinceMain.bundles.createReceipt({ officeUnit: '502' }));
    const receiptFile = await carry(provinceMain, receipt);
    const delivered = await importReceipt(officeMain, receiptFile);
    if (delivered === 'known') throw new Error('known');
    expect(delivered.delivered).toContain(made.sent.sequence);
    expect(await importReceipt(officeMain, receiptFile)).toBe('known');
  });
});
