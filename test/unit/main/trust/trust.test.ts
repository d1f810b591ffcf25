import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateOfficeKeys, publicKeysOf } from '../../../../main/services/keys/office-keys';
import { toBase64 } from '../../../../shared/bundle/bytes';
import { formatPublicKey, publicPart } from '../../../../shared/bundle/minisign';
import { writeBundle } from '../../../../shared/bundle/write-bundle';
import { failure, makeHost, removeRoot, tempRoot, upload, value } from '../exchange/host-fixture';
import { carry, enrolledPair, OFFICE, PROVINCE, sharedCounters } from '../exchange/pair-fixture';

describe('trust: enrollment, approval, and only approved keys verify', () => {
  let root: string;
  beforeEach(() => {
    root = tempRoot();
  });
  afterEach(() => removeRoot(root));

  it('enrollment → pending → approve → a data bundle verifies and opens', async () => {
    const { office, province } = await enrolledPair(root);
    const peers = (await value(province.api.trust.list())).peers;
    expect(peers).toMatchObject([
      { unit: OFFICE, status: 'approved', introducedBy: 'enrollment', unitName: 'Phòng LĐ-TB&XH Tam Kỳ' },
    ]);

    const records = sharedCounters(1, 2);
    const sent = await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records }));
    expect(sent.sequence).toBe(2);
    const opened = await value(province.api.bundles.open({ source: await carry(office, PROVINCE, 2) }));
    if (!opened.ok) throw new Error(`${opened.rejection.code}: ${opened.rejection.detail}`);
    expect(opened.records).toEqual(records);
    expect(opened.manifest).toMatchObject({
      kind: 'data',
      senderUnit: OFFICE,
      sequence: 2,
      counts: { aggregates: 1 },
    });
    expect(opened.chain).toEqual({ status: 'next' });
  });

  it('refuses a wrong fingerprint, and bundles signed by pending, rejected or unknown keys', async () => {
    const { province, provinceKeys } = await enrolledPair(root);
    const stranger = await makeHost(path.join(root, 'stranger'));
    const strangerKeys = await value(
      stranger.api.keys.create({ unit: '49999', wrappingKey: stranger.wrappingKey }),
    );
    await value(stranger.api.bundles.createEnrollment({ recipientUnit: PROVINCE }));
    const imported = await value(
      province.api.trust.importKeys({ source: await carry(stranger, PROVINCE, 1) }),
    );
    if (!imported.ok) throw new Error(`${imported.rejection.code}: ${imported.rejection.detail}`);
    expect(imported.peer.status).toBe('pending');

    // Importing the same enrollment again changes nothing.
    const again = await value(province.api.trust.importKeys({ source: await carry(stranger, PROVINCE, 1) }));
    expect(again).toMatchObject({ ok: true, alreadyKnown: true, peer: { status: 'pending' } });

    const wrong = await failure(
      province.api.trust.approve({
        keyId: imported.peer.keyId,
        signingFingerprint: provinceKeys.signingFingerprint,
      }),
    );
    expect(wrong.code).toBe('notAllowed');
    expect(wrong.reason).toBe('fingerprintMismatch');

    // A data bundle signed by the pending key, encrypted to the province (as a stranger's program would).
    const strangerSecret = await strangerKeysFromDisk(stranger.dataDir, stranger.wrappingKey);
    const forged = await writeBundle({
      manifestFields: {
        kind: 'data',
        sender: { unit: '49999' },
        recipient: { unit: PROVINCE },
        sequence: 2,
        previousManifestSha256: '0'.repeat(64),
        createdAt: new Date().toISOString(),
      },
      records: { aggregates: [] },
      senderSigningKey: strangerSecret.signing,
      recipient: provinceKeys.ageRecipient,
    });
    const source = upload(forged.fileName, toBase64(forged.bytes));
    expect(await value(province.api.bundles.open({ source }))).toMatchObject({
      ok: false,
      rejection: { code: 'unknownSender' },
    });
    await value(province.api.trust.reject({ keyId: imported.peer.keyId }));
    expect(await value(province.api.bundles.open({ source }))).toMatchObject({
      ok: false,
      rejection: { code: 'unknownSender', detail: expect.stringMatching(/is not approved/) },
    });

    // A key nobody ever imported.
    const unknown = await generateOfficeKeys();
    const alien = await writeBundle({
      manifestFields: {
        kind: 'data',
        sender: { unit: '49888' },
        recipient: { unit: PROVINCE },
        sequence: 1,
        previousManifestSha256: null,
        createdAt: new Date().toISOString(),
      },
      records: {},
      senderSigningKey: unknown.signing,
      recipient: provinceKeys.ageRecipient,
    });
    const rejected = await value(
      province.api.bundles.open({ source: upload(alien.fileName, toBase64(alien.bytes)) }),
    );
    expect(rejected).toMatchObject({ ok: false, rejection: { code: 'unknownSender' } });
    expect(strangerKeys.signingKeyId).toBe(publicKeysOf(strangerSecret).signingKeyId);
  });

  it('an enrollment whose payload names another key than the signer is refused', async () => {
    const province = await makeHost(path.join(root, 'province'));
    await value(province.api.keys.create({ unit: PROVINCE, wrappingKey: province.wrappingKey }));
    const real = await generateOfficeKeys();
    const claimed = await generateOfficeKeys();
    const { ENROLLMENT_AGE_IDENTITY } = await import('../../../../shared/exchange/key-intro');
    const { ageRecipientOf } = await import('../../../../shared/bundle/age');
    const bundle = await writeBundle({
      manifestFields: {
        kind: 'enrollment',
        sender: { unit: OFFICE },
        recipient: { unit: PROVINCE },
        sequence: 1,
        previousManifestSha256: null,
        createdAt: new Date().toISOString(),
      },
      records: {
        publicKeys: [
          {
            unit: OFFICE,
            signingPublicKey: formatPublicKey(publicPart(claimed.signing)),
            ageRecipient: claimed.age.recipient,
          },
        ],
      },
      senderSigningKey: real.signing,
      recipient: await ageRecipientOf(ENROLLMENT_AGE_IDENTITY),
    });
    const result = await value(
      province.api.trust.importKeys({ source: upload(bundle.fileName, toBase64(bundle.bytes)) }),
    );
    expect(result).toMatchObject({ ok: false, rejection: { code: 'unknownSender' } });
    expect((await value(province.api.trust.list())).peers).toEqual([]);
  });
});

async function strangerKeysFromDisk(dataDir: string, wrappingKey: string) {
  const { createFileSecretStore } = await import('../../../../main/services/keys/file-secret-store');
  const { loadOfficeKeys } = await import('../../../../main/services/keys/key-storage');
  const { createNodeFileSystem } = await import('../../../../main/services/fs/node-file-system');
  const store = await createFileSecretStore({
    fs: createNodeFileSystem(),
    dir: path.join(dataDir, 'keys', 'secrets'),
    wrappingKey: new Uint8Array(Buffer.from(wrappingKey, 'base64')),
  });
  const keys = await loadOfficeKeys(store);
  if (!keys) throw new Error('no keys');
  return keys;
}
