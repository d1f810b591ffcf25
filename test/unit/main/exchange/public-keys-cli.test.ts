import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeRoot, tempRoot, value } from './host-fixture';
import { carry, enrolledPair, OFFICE, PROVINCE, sharedCounters } from './pair-fixture';

const run = (cmd: string, args: string[], cwd?: string) =>
  spawnSync(cmd, args, { encoding: 'utf8', ...(cwd === undefined ? {} : { cwd }) });

describe('public keys for province IT, and bundles found by their manifest, not their name', () => {
  const root = tempRoot();
  afterAll(() => removeRoot(root));

  it("the office's exported signing key verifies a real bundle with `minisign -V`; the province's age recipient encrypts with `age`", async () => {
    const { office, province, provinceKeys } = await enrolledPair(root);
    const sent = await value(
      office.api.bundles.createData({ recipientUnit: PROVINCE, records: sharedCounters(2) }),
    );
    const file = await carry(office, PROVINCE, sent.sequence);
    const usb = path.join(root, 'usb');
    mkdirSync(usb);
    const keys = path.join(root, 'keys');
    mkdirSync(keys);

    const exported = await value(province.api.trust.exportPublic({ unit: OFFICE, path: keys }));
    expect(exported.files.map((f) => f.name)).toEqual([
      `binhan_${OFFICE}_signing.pub`,
      `binhan_${OFFICE}_age-recipient.txt`,
    ]);
    const own = await value(province.api.trust.exportPublic({ path: keys }));
    expect(readFileSync(path.join(keys, `binhan_${PROVINCE}_age-recipient.txt`), 'utf8').trim()).toBe(
      provinceKeys.ageRecipient,
    );
    expect(own.files).toHaveLength(2);

    // A mail client's copy name: the bundle is the same.
    const renamed = path.join(usb, 'binhan_49201_to_49_data_000002 (1).zip');
    writeFileSync(renamed, Buffer.from(file.base64, 'base64'));
    const unpacked = path.join(root, 'unpacked');
    mkdirSync(unpacked);
    expect(run('unzip', ['-q', renamed, '-d', unpacked]).status, 'unzip').toBe(0);
    const verified = run(
      'minisign',
      ['-Vm', 'manifest.json', '-p', path.join(keys, `binhan_${OFFICE}_signing.pub`)],
      unpacked,
    );
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/Signature and comment signature verified/);
    // And the province's own key does not verify the office's bundle.
    const wrong = run(
      'minisign',
      ['-Vm', 'manifest.json', '-p', path.join(keys, `binhan_${PROVINCE}_signing.pub`)],
      unpacked,
    );
    expect(wrong.status).not.toBe(0);
    const enc = run('age', [
      '-r',
      provinceKeys.ageRecipient,
      '-o',
      path.join(root, 'x.age'),
      path.join(unpacked, 'manifest.json'),
    ]);
    expect(enc.status, enc.stderr).toBe(0);

    // The folder lists it whatever its name; peek reads the kind from the manifest.
    writeFileSync(path.join(usb, 'notes.txt'), 'not a zip');
    mkdirSync(path.join(usb, 'Tam Kỳ'));
    writeFileSync(path.join(usb, 'Tam Kỳ', 'gói tháng 3.zip'), Buffer.from(file.base64, 'base64'));
    const listed = await value(province.api.drives.listBundles({ path: usb }));
    expect(listed.files.map((f) => f.name)).toEqual([
      'Tam Kỳ/gói tháng 3.zip',
      'binhan_49201_to_49_data_000002 (1).zip',
    ]);
    for (const f of listed.files) {
      const peeked = await value(province.api.bundles.peek({ source: { from: 'path', path: f.path } }));
      expect(peeked).toEqual({
        ok: true,
        kind: 'data',
        senderUnit: OFFICE,
        recipientUnit: PROVINCE,
        sequence: sent.sequence,
      });
    }
    const junk = await value(
      province.api.bundles.peek({ source: { from: 'upload', fileName: 'x.zip', base64: btoa('not a zip') } }),
    );
    expect(junk).toMatchObject({ ok: false, rejection: { code: 'corrupt' } });

    // Unknown office: no key to export.
    const none = await province.api.trust.exportPublic({ unit: '49999', path: keys });
    expect(none).toMatchObject({ ok: false, error: { reason: 'noApprovedKey' } });
  });
});
