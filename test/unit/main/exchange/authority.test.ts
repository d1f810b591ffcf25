import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  authorityMessage,
  inputDigest,
  toBase64,
  type UnsignedProof,
  withProof,
} from '../../../../shared/exchange/authority';
import {
  failure,
  makeHost,
  removeRoot,
  type TestHost,
  tempRoot,
  testAuthorityFor,
  value,
} from './host-fixture';
import { carry, enrolledPair, OFFICE, PROVINCE, sharedCounters } from './pair-fixture';

const log = (host: TestHost) =>
  readFileSync(path.join(host.dataDir, 'authority', 'changes.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/**
 * A province key bundle for the office from a host that is not the province: it enrolled the office
 * itself (with its own, valid authority) so it can encrypt a config bundle to it.
 */
async function impostorConfig(root: string, office: TestHost) {
  const impostor = await makeHost(path.join(root, 'impostor'));
  await value(impostor.api.keys.create({ unit: PROVINCE, wrappingKey: impostor.wrappingKey }));
  const enrollment = await value(impostor.api.trust.importKeys({ source: await carry(office, PROVINCE, 1) }));
  if (!enrollment.ok) throw new Error(`${enrollment.rejection.code}: ${enrollment.rejection.detail}`);
  await value(
    impostor.api.trust.approve({
      keyId: enrollment.peer.keyId,
      signingFingerprint: enrollment.peer.signingFingerprint,
    }),
  );
  await value(impostor.api.bundles.createConfig({ recipientUnit: OFFICE, records: {} }));
  const keys = await value(impostor.api.keys.publicInfo());
  return { source: await carry(impostor, OFFICE, 1), keys };
}

describe("main authorises what changes trust: a proof by the office's authority keys, logged", () => {
  let root: string;
  beforeEach(() => {
    root = tempRoot();
  });
  afterEach(() => removeRoot(root));

  it('a caller with only the token cannot replace the province key; an administrator’s proof can, and it is logged', async () => {
    const { office, provinceKeys } = await enrolledPair(root);
    const { source, keys: impostorKeys } = await impostorConfig(root, office);

    // Only the token: import and approve are refused, and the province key stays.
    const importBare = await failure(office.bare.trust.importKeys({ source }));
    expect(importBare.code).toBe('authorityRequired');
    expect(importBare).toMatchObject({ reason: 'proofMissing', details: { role: 'admin' } });
    const proven = await value(office.api.trust.importKeys({ source }));
    if (!proven.ok) throw new Error(`${proven.rejection.code}: ${proven.rejection.detail}`);
    const approveBare = await failure(
      office.bare.trust.approve({
        keyId: proven.peer.keyId,
        signingFingerprint: impostorKeys.signingFingerprint,
      }),
    );
    expect(approveBare.code).toBe('authorityRequired');
    const rejectBare = await failure(office.bare.trust.reject({ keyId: proven.peer.keyId }));
    expect(rejectBare.code).toBe('authorityRequired');
    const peers = (await value(office.api.trust.list())).peers;
    expect(peers.find((p) => p.unit === PROVINCE && p.status === 'approved')?.signingFingerprint).toBe(
      provinceKeys.signingFingerprint,
    );

    // With an administrator's proof the change goes through (the key is replaced) and main logs it.
    const approved = await value(
      office.api.trust.approve({
        keyId: proven.peer.keyId,
        signingFingerprint: impostorKeys.signingFingerprint,
      }),
    );
    expect(approved.status).toBe('approved');
    const entries = log(office);
    expect(entries.map((e) => e.verb)).toEqual([
      'bundles:createEnrollment',
      'trust:importKeys',
      'trust:approve',
      'trust:importKeys',
      'trust:approve',
    ]);
    expect(entries.at(-1)).toMatchObject({
      seq: 5,
      role: 'admin',
      username: 'admin',
      subject: `${PROVINCE}/${proven.peer.keyId}`,
      fingerprint: impostorKeys.signingFingerprint,
      outcome: 'done',
    });
    expect(entries.at(-1)?.inputSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('mail settings and every bundle need a proof of the right role; a data officer may send data, not change trust', async () => {
    const { office, province } = await enrolledPair(root);
    const settings = {
      host: '127.0.0.1',
      port: 2525,
      security: 'none' as const,
      user: '',
      from: 'a@b.vn',
      to: ['c@d.vn'],
    };
    expect((await failure(office.bare.mail.saveSettings({ settings }))).code).toBe('authorityRequired');
    expect(
      (await failure(office.bare.bundles.createData({ recipientUnit: PROVINCE, records: sharedCounters(1) })))
        .code,
    ).toBe('authorityRequired');
    expect((await failure(office.bare.bundles.createEnrollment({ recipientUnit: PROVINCE }))).code).toBe(
      'authorityRequired',
    );
    expect(
      (await failure(province.bare.bundles.createConfig({ recipientUnit: OFFICE, records: {} }))).code,
    ).toBe('authorityRequired');
    expect((await failure(province.bare.bundles.createReceipt({ officeUnit: OFFICE }))).code).toBe(
      'authorityRequired',
    );
    expect((await value(office.api.mail.getSettings())) ?? null).toBeNull();

    const officer = office.authority.signerFor(['exchange']);
    const data = { recipientUnit: PROVINCE, records: sharedCounters(2) };
    const sent = await value(
      office.bare.bundles.createData(await withProof(officer, 'bundles:createData', data)),
    );
    expect(sent.sequence).toBe(2);
    // The officer holds no admin key, so their client sends no proof for a trust change; a proof made
    // with the exchange key for an admin call is refused for its role, and one that claims "admin" fails to verify.
    expect(
      (
        await failure(
          office.bare.mail.saveSettings(await withProof(officer, 'mail:saveSettings', { settings })),
        )
      ).code,
    ).toBe('authorityRequired');
    const unsigned: UnsignedProof = {
      role: 'exchange',
      userId: officer.userId,
      username: officer.username,
      at: new Date().toISOString(),
      nonce: toBase64(globalThis.crypto.getRandomValues(new Uint8Array(16))),
    };
    const sign = async (p: UnsignedProof) =>
      toBase64(
        ed25519.sign(
          authorityMessage('mail:saveSettings', await inputDigest({ settings }), p),
          office.authority.seeds.exchange,
        ),
      );
    const wrongRole = await failure(
      office.bare.mail.saveSettings({ settings, proof: { ...unsigned, signature: await sign(unsigned) } }),
    );
    expect(wrongRole.reason).toBe('proofWrongRole');
    const claimed = { ...unsigned, role: 'admin' as const };
    const forged = await failure(
      office.bare.mail.saveSettings({ settings, proof: { ...claimed, signature: await sign(claimed) } }),
    );
    expect(forged).toMatchObject({
      code: 'authorityRequired',
      reason: 'proofInvalid',
    });

    const saved = await value(office.api.mail.saveSettings({ settings }));
    expect(saved.host).toBe('127.0.0.1');
    expect(log(office).slice(-2)).toMatchObject([
      {
        verb: 'bundles:createData',
        role: 'exchange',
        subject: `${PROVINCE}#2`,
        fingerprint: expect.any(String),
      },
      { verb: 'mail:saveSettings', role: 'admin', subject: '127.0.0.1:2525', fingerprint: null },
    ]);
  });

  it('a proof is for one input, once, and fresh', async () => {
    const { office } = await enrolledPair(root);
    const { source } = await impostorConfig(root, office);
    const imported = await value(office.api.trust.importKeys({ source }));
    if (!imported.ok) throw new Error(`${imported.rejection.code}: ${imported.rejection.detail}`);
    const signer = office.authority.signer;

    // A proof made to reject one key, sent to approve or reject another input: refused.
    const forReject = await withProof(signer, 'trust:reject', { keyId: imported.peer.keyId });
    const other = await failure(
      office.bare.trust.reject({ keyId: '0000000000000000', proof: forReject.proof }),
    );
    expect(other).toMatchObject({
      code: 'authorityRequired',
      reason: 'proofInvalid',
    });
    const otherVerb = await failure(
      office.bare.trust.approve({
        keyId: imported.peer.keyId,
        signingFingerprint: imported.peer.signingFingerprint,
        proof: forReject.proof,
      }),
    );
    expect(otherVerb.code).toBe('authorityRequired');
    const stillPending = (await value(office.api.trust.list())).peers.find(
      (p) => p.keyId === imported.peer.keyId,
    );
    expect(stillPending?.status).toBe('pending');

    // Used once, then refused, also by a restarted main (the nonce is in the log).
    expect((await value(office.bare.trust.reject(forReject))).status).toBe('rejected');
    expect((await failure(office.bare.trust.reject(forReject))).reason).toBe('proofReused');
    const restarted = await makeHost(office.dataDir);
    await value(restarted.api.keys.unlock({ wrappingKey: office.wrappingKey }));
    expect((await failure(restarted.bare.trust.reject(forReject))).reason).toBe('proofReused');

    // A proof made ten minutes ago is stale.
    const old = office.authority.signerFor(['admin'], () => new Date(Date.now() - 10 * 60_000));
    const stale = await failure(
      office.bare.trust.reject(await withProof(old, 'trust:reject', { keyId: imported.peer.keyId })),
    );
    expect(stale.reason).toBe('proofStale');
  });

  it('main keeps the verifier it was given: a token holder cannot swap in keys of their own; an older office adopts one once', async () => {
    const { office } = await enrolledPair(root);
    const attacker = testAuthorityFor(path.join(root, 'attacker'));
    await value(office.bare.keys.lock());
    await value(office.bare.keys.unlock({ wrappingKey: office.wrappingKey, authority: attacker.publicKeys }));
    const theirs = await failure(
      office.bare.bundles.createEnrollment(
        await withProof(attacker.signer, 'bundles:createEnrollment', { recipientUnit: PROVINCE }),
      ),
    );
    expect(theirs.reason).toBe('proofInvalid');
    await value(office.api.bundles.createEnrollment({ recipientUnit: PROVINCE }));

    // An office whose keys were made before authority keys existed: refused until an unlock brings them.
    const older = await makeHost(path.join(root, 'older'));
    await value(older.bare.keys.create({ unit: OFFICE, wrappingKey: older.wrappingKey }));
    const none = await failure(older.api.bundles.createEnrollment({ recipientUnit: PROVINCE }));
    expect(none).toMatchObject({
      code: 'authorityRequired',
      reason: 'authorityKeysMissing',
    });
    await value(older.api.keys.unlock({ wrappingKey: older.wrappingKey }));
    await value(older.api.bundles.createEnrollment({ recipientUnit: PROVINCE }));
    const verifier = JSON.parse(readFileSync(path.join(older.dataDir, 'authority', 'verifier.json'), 'utf8'));
    expect(verifier).toMatchObject({ setBy: 'unlock', publicKeys: older.authority.publicKeys });
  });
});
