import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackupKey } from '../../../../shared/backup/backup-key';
import { withAuthority } from '../../../../shared/exchange/authority-client';
import type { HostApi } from '../../../../shared/host-api';
import { makeHost, removeRoot, type TestHost, tempRoot, value } from '../exchange/host-fixture';
import { carry, enrolledPair, OFFICE, PROVINCE, sharedCounters } from '../exchange/pair-fixture';
import { backupKeyFor } from './backup-fixture';

/** The province opens and commits the office's bundle `sequence`; what its chain check said. */
async function deliver(from: TestHost, province: TestHost, sequence: number) {
  const opened = await value(province.api.bundles.open({ source: await carry(from, PROVINCE, sequence) }));
  if (!opened.ok) return opened.rejection.code;
  await value(province.api.bundles.commit({ manifestSha256: opened.manifestSha256 }));
  return opened.chain.status;
}

/** A backup of main's files through the office's API (the store's part is one row: not what this tests). */
async function backUp(api: HostApi, stick: string, key: { recipient: string; keyFile: Uint8Array }) {
  const begun = await value(
    api.backup.begin({
      folder: stick,
      unitCode: OFFICE,
      recipient: key.recipient,
      keyFile: Buffer.from(key.keyFile).toString('base64'),
      keep: 5,
    }),
  );
  if (begun.status !== 'ok') throw new Error(begun.problem);
  await value(api.backup.append({ id: begun.id, part: gzipSync('["kv",{"key":"x"}]\n').toString('base64') }));
  const done = await value(
    api.backup.finish({
      id: begun.id,
      manifest: {
        schemaVersion: 5,
        office: { officeId: null, unitCode: OFFICE, name: 'Phòng A' },
        counts: { kv: 1 },
        auditHead: null,
      },
    }),
  );
  if (done.status !== 'ok') throw new Error(done.problem);
  return done.backup;
}

/** The new PC: a fresh data folder that restores the backup's files through the API, as the wizard does. */
async function restoreOnNewPc(root: string, file: string, identity: string, office: TestHost) {
  const newPc = await makeHost(path.join(root, 'new-pc'));
  const opened = await value(newPc.bare.backup.openRestore({ path: file, identity }));
  if (opened.status !== 'ok') throw new Error(opened.problem);
  for (;;) {
    const part = await value(newPc.bare.backup.readRestore({ id: opened.id }));
    if (part.status !== 'ok') throw new Error(part.problem);
    if (part.part === null) break;
  }
  expect(await value(newPc.bare.backup.commitRestore({ id: opened.id }))).toEqual({ status: 'ok' });
  await value(newPc.bare.backup.closeRestore({ id: opened.id }));
  // The restored store holds the office's authority keys and the wrapping key of its sealed files.
  const api = withAuthority(newPc.bare, office.authority.source);
  await value(api.keys.unlock({ wrappingKey: office.wrappingKey }));
  return { ...newPc, api };
}

describe('an older backup restored on a new PC continues the exchange from the province’s receipt', () => {
  let root: string;
  beforeEach(() => {
    root = tempRoot();
  });
  afterEach(() => removeRoot(root));

  it('the bundles sent after the backup are known from the receipt; the next bundle is the next sequence the province expects', async () => {
    const { office, province } = await enrolledPair(root);
    const stick = path.join(root, 'stick');
    mkdirSync(stick);
    // Bundle 2 reaches the province, then the backup, then bundles 3 and 4 that the backup never saw.
    await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records: sharedCounters(2) }));
    expect(await deliver(office, province, 2)).toBe('next');
    const key = await backupKeyFor();
    const backup = await backUp(office.api, stick, key);
    expect(backup.manifest.lastSent[PROVINCE]?.sequence).toBe(2);
    for (const sequence of [3, 4]) {
      await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records: sharedCounters(3) }));
      expect(await deliver(office, province, sequence)).toBe('next');
    }

    // The old PC is gone. The new one restores the older backup: its log ends at 2.
    const newPc = await restoreOnNewPc(
      root,
      backup.path,
      String(await openBackupKey(key.keyFile, key.recoveryKey)),
      office,
    );
    const sentBefore = (await value(newPc.api.bundles.listSent({ recipientUnit: PROVINCE }))).bundles;
    expect(sentBefore.map((b) => b.sequence)).toEqual([1, 2]);

    // The province's receipt names what it holds; the office continues after it.
    const receipt = await value(province.api.bundles.createReceipt({ officeUnit: OFFICE }));
    const imported = await value(
      newPc.api.bundles.importReceipt({ source: await carry(province, OFFICE, receipt.sequence) }),
    );
    if (!imported.ok) throw new Error(imported.rejection.code);
    expect(imported.resumedAfter).toBe(4);

    const next = await value(
      newPc.api.bundles.createData({ recipientUnit: PROVINCE, records: sharedCounters(4) }),
    );
    expect(next.sequence).toBe(5);
    // Neither a replay of 3 nor a broken chain: the province takes it as the next one.
    expect(await deliver(newPc, province, 5)).toBe('next');
    const senders = (await value(province.api.bundles.inbox())).senders;
    expect(senders.find((s) => s.unit === OFFICE)).toMatchObject({ lastSequence: 5, missing: [] });

    // A second copy of the same receipt changes nothing further.
    const again = await value(
      newPc.api.bundles.importReceipt({ source: await carry(province, OFFICE, receipt.sequence) }),
    );
    expect(again).toMatchObject({ ok: false, rejection: { code: 'replay' } });
  });
});
